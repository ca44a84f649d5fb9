package org.supervisorj.server.http.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The small pure pieces: quoting, URLs, forms, escaping, CSRF decisions, messages. Expected texts come from Supervisor 4.2.5 runs. */
class WebUiTextTest {

    @Test
    void quoteMatchesPythonsUrllibQuote() {
        assertEquals("unexpected%20rpc%20fault%20%5B70%5D%20NOT_RUNNING%3A%20cat",
                PyQuote.quote("unexpected rpc fault [70] NOT_RUNNING: cat"));
        assertEquals("a/b_c.d-e~f%C3%A9%26%3F", PyQuote.quote("a/b_c.d-e~fé&?"));
    }

    @Test
    void serverUrlComesFromTheHostHeaderAndDropsPort80() {
        var local = new InetSocketAddress("127.0.0.1", 9001);
        assertEquals("http://example.com:8080", ServerUrl.of("example.com:8080", local));
        assertEquals("http://example.com", ServerUrl.of("example.com:80", local));
        assertEquals("http://example.com", ServerUrl.of("example.com:", local));
        assertEquals("http://localhost:9001", ServerUrl.of(null, local));
    }

    @Test
    void formTakesTheFirstQueryValueLetsTheBodyOverrideAndDropsBlanks() {
        Form f = Form.of("action=start&action=stop&processname=&x=a+b%21", "action=restart");
        assertEquals(Optional.of("restart"), f.get("action"));
        assertEquals(Optional.empty(), f.get("processname"));
        assertEquals(Optional.of("a b!"), f.get("x"));
    }

    @Test
    void ctimePadsTheDayWithASpaceAsPythonDoes() {
        assertEquals("Page refreshed at Wed Nov  5 09:03:32 2025",
                UiMessages.refreshed(ZonedDateTime.of(2025, 11, 5, 9, 3, 32, 0, ZoneOffset.UTC)));
    }

    @Test
    void tailLimitIsAtLeast1024AndDigitsOnly() {
        assertEquals(1024, WebUi.tailLimit("10"));
        assertEquals(5000, WebUi.tailLimit("5000"));
        assertEquals(1024, WebUi.tailLimit("-5000"));
        assertEquals(1024, WebUi.tailLimit("abc"));
        assertEquals(Integer.MAX_VALUE, WebUi.tailLimit("99999999999999999999"));
    }

    @Test
    void csrfNeedsTheTokenAndRefusesCrossSiteRequestsEvenWithIt() {
        CsrfGuard g = new CsrfGuard("secret");
        assertTrue(g.allows(null, null, "h:1", Optional.of("secret")));
        assertTrue(g.allows("same-origin", "http://h:1", "h:1", Optional.of("secret")));
        assertFalse(g.allows(null, null, "h:1", Optional.empty()));
        assertFalse(g.allows(null, null, "h:1", Optional.of("secreT")));
        assertFalse(g.allows("cross-site", null, "h:1", Optional.of("secret")));
        assertFalse(g.allows("same-site", null, "h:1", Optional.of("secret")));
        assertFalse(g.allows(null, "http://evil.example", "h:1", Optional.of("secret")));
        assertFalse(g.allows(null, "null", "h:1", Optional.of("secret")));
    }

    @Test
    void statusPageEscapesNamesDescriptionsAndMessages() {
        ProcessRow row = ProcessRow.of(Map.of("group", "g", "name", "<script>x</script>", "statename", "RUNNING",
                "description", "pid 1, \"quoted\" & <b>"));
        String page = StatusPage.render(List.of(row), "4.2.5", Optional.of(Outcome.failed("<img src=x>")), "t\"k");
        assertFalse(page.contains("<script>x"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<b>"), page);
        assertTrue(page.contains("g:&lt;script&gt;x&lt;/script&gt;"), page);
        assertTrue(page.contains("href=\"tail.html?processname=g%3A%3Cscript%3Ex%3C/script%3E\""), page);
        assertTrue(page.contains("content=\"t&quot;k\""), page);
        assertTrue(page.contains("<p id=\"statusmessage\" role=\"status\" class=\"message failed\">&lt;img src=x&gt;</p>"), page);
    }

    @Test
    void tailPageEscapesTheLog() {
        String page = TailPage.render("a", "<script>alert(1)</script>\n", 1024, "t");
        assertTrue(page.contains("<pre id=\"tailbody\">&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"), page);
        assertTrue(TailPage.render(null, "No process name found", 1024, "t")
                .contains("<title>Supervisor tail of process None</title>"));
    }

    @Test
    void jsonNeverCarriesMarkupCharacters() {
        assertEquals("{\"a\":[\"\\u003c/script\\u003e\\u0026\\\"\",1,true,null]}",
                Json.write(Map.of("a", java.util.Arrays.asList("</script>&\"", 1, true, null))));
    }

    @Test
    void buttonsFollowTheState() {
        assertEquals(List.of("restart", "stop", "clearlog"), ProcessRow.actionsFor("RUNNING"));
        assertEquals(List.of("start", "clearlog"), ProcessRow.actionsFor("FATAL"));
        assertEquals(List.of("stop", "clearlog"), ProcessRow.actionsFor("BACKOFF"));
        assertEquals(List.of("clearlog"), ProcessRow.actionsFor("STOPPING"));
    }
}
