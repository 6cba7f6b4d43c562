package io.paiban.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the roster figures (bound, gap, squared shortfall per queue, peak shifts, paid hours outside opening hours,
 * service) into the Benchmarker's HTML report: a page summary.html next to index.html, linked from the top of it.
 */
final class BenchmarkReportPage {

    private BenchmarkReportPage() {
    }

    static void write(Path directory, String markdown) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Roster figures</title>"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child{text-align:left}</style></head><body>"
                + "<p><a href=\"index.html\">OptaPlanner benchmark report</a></p>");
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|")) {
                if (line.startsWith("| ---")) {
                    continue;
                }
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                html.append(inTable ? "<tr>" : "<table><tr>");
                for (String cell : cells) {
                    html.append(inTable ? "<td>" : "<th>").append(escape(cell.trim().replace("`", "")))
                            .append(inTable ? "</td>" : "</th>");
                }
                html.append("</tr>");
                inTable = true;
                continue;
            }
            if (inTable) {
                html.append("</table>");
                inTable = false;
            }
            if (line.startsWith("### ")) {
                html.append("<h2>").append(escape(line.substring(4))).append("</h2>");
            } else if (!line.isBlank()) {
                html.append("<p>").append(escape(line).replace("**", "")).append("</p>");
            }
        }
        if (inTable) {
            html.append("</table>");
        }
        html.append("</body></html>");
        Files.writeString(directory.resolve("summary.html"), html, StandardCharsets.UTF_8);
        Path index = directory.resolve("index.html");
        if (Files.isRegularFile(index)) {
            String page = Files.readString(index, StandardCharsets.UTF_8);
            String link = "<div class=\"container\" style=\"margin-top:1em\"><p><strong><a href=\"summary.html\">Roster figures: lower bound, gap, "
                    + "squared shortfall per queue, peak shifts, paid hours outside opening hours, service per queue</a></strong></p></div>";
            int body = page.indexOf("<body");
            int end = body < 0 ? -1 : page.indexOf('>', body);
            if (end > 0 && !page.contains("summary.html")) {
                Files.writeString(index, page.substring(0, end + 1) + link + page.substring(end + 1), StandardCharsets.UTF_8);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
