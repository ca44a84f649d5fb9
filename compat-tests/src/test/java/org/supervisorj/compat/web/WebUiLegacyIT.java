package org.supervisorj.compat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.LoopbackPorts;
import org.supervisorj.compat.support.RunningSupervisord;

/**
 * Supervisor's own web URLs, the way bookmarks, scripts and health checks use them, sent to the
 * reference and to ours: the same status codes, the same redirects (Location, with its message
 * text), the same tail text, the same answers to authentication.
 */
class WebUiLegacyIT {
    private static final String PROGRAMS = """
            [program:cat]
            command=/bin/sh -c 'echo "<b>hi</b> & ok"; exec sleep 1000'
            autostart=false
            startsecs=1

            [program:other]
            command=/bin/sleep 1000
            autostart=false
            startsecs=0

            [group:grp]
            programs=other
            """;

    /** Each step: method, target, body (for POST), extra header. Order matters: the steps change state. */
    private static final List<String[]> STEPS = List.of(
            new String[] {"GET", "/", null, null},
            new String[] {"GET", "/index.html", null, null},
            new String[] {"GET", "/?processname=cat&action=start", null, null},
            new String[] {"GET", "/index.html?processname=cat&action=start", null, null},
            new String[] {"GET", "/?processname=nope&action=start", null, null},
            new String[] {"GET", "/?processname=nope&action=bogus", null, null},
            new String[] {"GET", "/?processname=grp%3Aother&action=start", null, null},
            new String[] {"GET", "/?processname=cat&action=restart", null, null},
            new String[] {"GET", "/tail.html?processname=cat", null, null},
            new String[] {"GET", "/tail.html?processname=cat&limit=5000", null, null},
            new String[] {"GET", "/tail.html?processname=nope", null, null},
            new String[] {"GET", "/tail.html", null, null},
            new String[] {"GET", "/index.html?processname=cat&action=clearlog", null, null},
            new String[] {"GET", "/tail.html?processname=cat", null, null},
            new String[] {"POST", "/index.html", "processname=cat&action=stop", null},
            new String[] {"GET", "/?processname=cat&action=stop", null, null},
            new String[] {"GET", "/?action=stopall", null, null},
            new String[] {"GET", "/?action=restartall", null, null},
            new String[] {"GET", "/?action=refresh", null, "Host: example.com:8080"},
            new String[] {"GET", "/?action=refresh", null, "Host: example.com:80"},
            new String[] {"GET", "/?message=Process%20cat%20started", null, null},
            new String[] {"GET", "/ok.html", null, null},
            new String[] {"POST", "/ok.html", "x=1", null},
            new String[] {"GET", "/stylesheets/supervisor.css", null, null},
            new String[] {"GET", "/images/icon.png", null, null},
            new String[] {"GET", "/no/such/page", null, null},
            new String[] {"GET", "/../../etc/passwd", null, null},
            new String[] {"PUT", "/", "", null},
            new String[] {"GET", "/?action=stopall", null, null});

    @Test
    void legacyUrlsAnswerLikeSupervisor(@TempDir Path tmp) throws Exception {
        List<String> python = transcript(Implementation.python(), tmp);
        List<String> ours = transcript(Implementation.ours(), tmp);
        assertEquals(String.join("\n", python), String.join("\n", ours), "python (expected) vs java (actual)");
    }

    @Test
    void unknownActionIsABadRequestNotACrash(@TempDir Path tmp) throws Exception {
        // Deviation from 4.2.5: Supervisor raises ValueError and answers 500 with a traceback in its log.
        int port = LoopbackPorts.free();
        try (RunningSupervisord sd = RunningSupervisord.start(Implementation.ours(), tmp, inet(port, "") + PROGRAMS)) {
            assertEquals(400, WebHttp.get(port, "/?processname=cat&action=bogus").status());
            assertEquals(400, WebHttp.get(port, "/?action=start").status());
        }
    }

    @Test
    void everyPageNeedsTheCredentialsWhenAuthIsOn(@TempDir Path tmp) throws Exception {
        List<String> answers = new ArrayList<>();
        for (Implementation impl : Implementation.both()) {
            int port = LoopbackPorts.free();
            String auth = "username=user\npassword=123\n";
            try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, inet(port, auth) + PROGRAMS)) {
                StringBuilder line = new StringBuilder();
                for (String target : List.of("/", "/ok.html", "/tail.html?processname=cat", "/?processname=cat&action=start",
                        "/stylesheets/supervisor.css")) {
                    line.append(target).append(' ').append(WebHttp.get(port, target).status()).append(' ')
                            .append(WebHttp.get(port, target, "Authorization: Basic dXNlcjoxMjM=").status()).append(";");
                }
                answers.add(line.toString());
                if (impl.name().equals("java")) {
                    assertEquals(401, WebHttp.get(port, "/api/status").status());
                    assertEquals(200, WebHttp.get(port, "/api/status", "Authorization: Basic dXNlcjoxMjM=").status());
                }
            }
        }
        assertEquals(answers.get(0), answers.get(1), "python (expected) vs java (actual)");
        assertTrue(answers.get(0).contains("/ok.html 401 200"), answers.get(0));
    }

    private static List<String> transcript(Implementation impl, Path tmp) throws IOException, InterruptedException {
        int port = LoopbackPorts.free();
        List<String> lines = new ArrayList<>();
        try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, inet(port, "") + PROGRAMS)) {
            for (String[] step : STEPS) {
                String[] extra = step[3] == null ? new String[0] : new String[] {step[3]};
                WebHttp.Response r = WebHttp.send(port, step[0], step[1], step[2], extra);
                lines.add(step[0] + " " + step[1] + " -> " + r.status() + describe(r, port));
            }
        }
        return lines;
    }

    /** What must agree beyond the status: the redirect target, and for the plain pages their text. */
    private static String describe(WebHttp.Response r, int port) {
        StringBuilder d = new StringBuilder();
        String location = r.header("Location");
        if (location != null) {
            d.append(" Location: ").append(location.replace(":" + port + "/", ":PORT/")
                    .replaceAll("[A-Z][a-z]{2}%20[A-Z][a-z]{2}%20(%20)?\\d{1,2}%20\\d\\d%3A\\d\\d%3A\\d\\d%20\\d{4}", "CTIME"));
        }
        String type = r.header("Content-Type");
        if (type != null && (type.startsWith("image/") || type.startsWith("text/css"))) {
            d.append(" type: ").append(type.replace(";charset=utf-8", ""));
        }
        if ("text/plain".equals(type) && r.status() == 200) {
            d.append(" body: ").append(r.body());
        }
        int pre = r.body().indexOf("<pre");
        if (pre >= 0) {
            String text = r.body().substring(r.body().indexOf('>', pre) + 1, r.body().indexOf("</pre>"));
            d.append(" tail: ").append(unescape(text).replace("\n", "\\n"));
        }
        if (r.body().contains("tail.html?processname=")) {
            d.append(" lists: ").append(r.body().contains("href=\"tail.html?processname=cat\""))
                    .append(r.body().contains("href=\"tail.html?processname=grp%3Aother\""));
        }
        return d.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static String inet(int port, String auth) {
        return "[inet_http_server]\nport=127.0.0.1:" + port + "\n" + auth + "\n";
    }
}
