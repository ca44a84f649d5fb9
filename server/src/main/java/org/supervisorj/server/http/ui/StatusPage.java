package org.supervisorj.server.http.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status page: the process table, rendered on the server so that it reads without script;
 * {@code scripts/console.js} then keeps it live. Every value from the engine is escaped.
 */
final class StatusPage {
    private StatusPage() {
    }

    static String render(List<ProcessRow> rows, String version, Optional<Outcome> message, String token) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"csrf-token\" content=\"").append(Html.escape(token)).append("\">\n")
                .append("<title>Supervisor Status</title>\n")
                .append("<link href=\"stylesheets/supervisor.css\" rel=\"stylesheet\">\n")
                .append("<link href=\"images/icon.png\" rel=\"icon\" type=\"image/png\">\n")
                .append("<script src=\"scripts/console.js\" defer></script>\n</head>\n<body class=\"status\">\n")
                .append("<header><h1>Supervisor</h1><span class=\"version\" id=\"version\">")
                .append(Html.escape(version)).append("</span><span class=\"live\" id=\"live\"></span></header>\n<main>\n");
        h.append("<p id=\"statusmessage\" role=\"status\" class=\"message");
        message.ifPresent(m -> h.append(m.ok() ? " ok" : " failed"));
        h.append("\">").append(message.map(m -> Html.escape(m.message())).orElse("")).append("</p>\n");
        h.append("<div class=\"toolbar\">\n<form method=\"post\" action=\"api/action\" class=\"bulk\">")
                .append(hidden(CsrfGuard.FIELD, token))
                .append("<button name=\"action\" value=\"startall\">Start All</button>")
                .append("<button name=\"action\" value=\"stopall\">Stop All</button>")
                .append("<button name=\"action\" value=\"restartall\">Restart All</button></form>\n")
                .append("<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by name\" ")
                .append("aria-label=\"Filter by name\"><select id=\"statefilter\" aria-label=\"Filter by state\">")
                .append("<option value=\"\">All states</option><option value=\"running\">Running</option>")
                .append("<option value=\"stopped\">Stopped / exited</option><option value=\"problem\">Fatal / backoff</option>")
                .append("<option value=\"transition\">Starting / stopping</option></select></div>\n</div>\n");
        if (rows.isEmpty()) {
            h.append("<p id=\"noprograms\">No programs to manage</p>\n");
        }
        h.append("<table id=\"processes\"").append(rows.isEmpty() ? " hidden" : "").append(">\n")
                .append("<thead><tr><th>State</th><th>Description</th><th>Name</th><th>Action</th></tr></thead>\n");
        Map<String, List<ProcessRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.group(), g -> new java.util.ArrayList<>()).add(r));
        groups.forEach((group, members) -> {
            h.append("<tbody data-group=\"").append(Html.escape(group)).append("\">\n");
            if (ProcessRow.isRealGroup(group, members)) {
                groupRow(h, group, token);
            }
            members.forEach(r -> processRow(h, r, token));
            h.append("</tbody>\n");
        });
        h.append("</table>\n</main>\n<footer>supervisorj, compatible with Supervisor ")
                .append(Html.escape(version)).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void groupRow(StringBuilder h, String group, String token) {
        h.append("<tr class=\"group\"><th colspan=\"4\"><span class=\"groupname\">").append(Html.escape(group))
                .append("</span><form method=\"post\" action=\"api/action\" class=\"actions\">")
                .append(hidden(CsrfGuard.FIELD, token)).append(hidden("name", group))
                .append("<button name=\"action\" value=\"startgroup\">Start Group</button>")
                .append("<button name=\"action\" value=\"stopgroup\">Stop Group</button>")
                .append("<button name=\"action\" value=\"restartgroup\">Restart Group</button></form></th></tr>\n");
    }

    private static void processRow(StringBuilder h, ProcessRow r, String token) {
        String ns = Html.escape(r.namespec());
        String quoted = Html.escape(PyQuote.quote(r.namespec()));
        h.append("<tr class=\"process\" data-name=\"").append(ns).append("\" data-state=\"")
                .append(Html.escape(r.statename())).append("\">")
                .append("<td class=\"state\"><span class=\"").append(r.stateClass()).append("\">")
                .append(Html.escape(r.statename().toLowerCase(java.util.Locale.ROOT))).append("</span></td>")
                .append("<td class=\"description\">").append(Html.escape(r.description())).append("</td>")
                .append("<td class=\"name\"><a href=\"tail.html?processname=").append(quoted).append("\">")
                .append(ns).append("</a></td><td class=\"action\"><form method=\"post\" action=\"api/action\">")
                .append(hidden(CsrfGuard.FIELD, token)).append(hidden("name", r.namespec()));
        for (String a : r.actions()) {
            h.append("<button name=\"action\" value=\"").append(a).append("\">").append(ProcessRow.label(a)).append("</button>");
        }
        h.append("</form><a class=\"tailf\" href=\"logtail/").append(quoted).append("\" target=\"_blank\">Tail -f Stdout</a>")
                .append("<a class=\"tailf\" href=\"logtail/").append(quoted).append("/stderr\" target=\"_blank\">Tail -f Stderr</a>")
                .append("</td></tr>\n");
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">";
    }
}
