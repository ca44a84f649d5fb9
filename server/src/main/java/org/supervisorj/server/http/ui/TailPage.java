package org.supervisorj.server.http.ui;

/**
 * {@code tail.html}: the end of a process's stdout log as Supervisor shows it (at least 1024
 * bytes, more with {@code limit}), plus, with script, a live view that follows the log as it is
 * written ({@code scripts/tail.js} reads the {@code /logtail} stream).
 */
final class TailPage {
    private TailPage() {
    }

    /**
     * @param namespec the process, or null when the request named none
     * @param tail     the log text or Supervisor's message in its place
     * @param limit    the byte count the refresh link asks for again
     */
    static String render(String namespec, String tail, int limit, String token) {
        StringBuilder h = new StringBuilder(tail.length() + 2048);
        String title = "Supervisor tail of process " + (namespec == null ? "None" : namespec);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"csrf-token\" content=\"").append(Html.escape(token)).append("\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<link href=\"stylesheets/supervisor.css\" rel=\"stylesheet\">\n")
                .append("<link href=\"images/icon.png\" rel=\"icon\" type=\"image/png\">\n")
                .append("<script src=\"scripts/tail.js\" defer></script>\n</head>\n<body class=\"tail\"");
        if (namespec != null) {
            h.append(" data-process=\"").append(Html.escape(namespec)).append("\"");
        }
        h.append(">\n<header><a class=\"back\" href=\"./\">Status</a><h1>").append(Html.escape(title)).append("</h1></header>\n");
        if (namespec != null) {
            h.append("<div class=\"toolbar\"><a id=\"refresh\" href=\"tail.html?processname=")
                    .append(Html.escape(PyQuote.quote(namespec))).append("&amp;limit=").append(limit)
                    .append("\">Refresh</a><span class=\"scripted\"><label><input type=\"checkbox\" id=\"follow\"> Follow</label>")
                    .append("<select id=\"channel\" aria-label=\"Channel\"><option value=\"stdout\">stdout</option>")
                    .append("<option value=\"stderr\">stderr</option></select>")
                    .append("<span id=\"followstate\" class=\"live\"></span></span></div>\n");
        }
        h.append("<pre id=\"tailbody\">").append(Html.escape(tail)).append("</pre>\n</body>\n</html>\n");
        return h.toString();
    }
}
