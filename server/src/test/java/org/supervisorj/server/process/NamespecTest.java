package org.supervisorj.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NamespecTest {

    @Test
    void splitsLikeSupervisor() {
        assertEquals(new Namespec("web", Optional.of("web")), Namespec.parse("web"));
        assertEquals(new Namespec("g", Optional.of("web_1")), Namespec.parse("g:web_1"));
        assertEquals(new Namespec("g", Optional.empty()), Namespec.parse("g:*"));
        assertEquals(new Namespec("g", Optional.empty()), Namespec.parse("g:"));
        assertEquals(new Namespec("g", Optional.of("a:b")), Namespec.parse("g:a:b"));
    }

    @Test
    void namesAProcessPlainlyWhenItsGroupHasItsName() {
        assertEquals("web", Namespec.of("web", "web"));
        assertEquals("g:web", Namespec.of("g", "web"));
    }
}
