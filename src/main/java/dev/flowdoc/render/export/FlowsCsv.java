package dev.flowdoc.render.export;

import dev.flowdoc.model.Messages;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * flows.csv of one language: one row per flow of the view, the group's row span flattened into every row.
 * Headings in the page's language; the first column is the stable id. Every word is the view's.
 */
public final class FlowsCsv {
    private static final List<String> COLUMNS = List.of("csv.id", "csv.group", "csv.requirement", "csv.since",
            "csv.ports", "csv.source", "csv.destination", "csv.direction", "csv.fromInternet", "csv.description",
            "csv.proxy", "csv.link", "csv.removed", "csv.changes", "csv.notes", "csv.oneOf");

    private FlowsCsv() {}

    /** {@code pageOf} names the page (e.g. "index.html") whose table shows the group; the link column points there. */
    public static String write(DocView view, Function<String, String> pageOf) {
        Messages words = view.words();
        // a byte order mark so that spreadsheet programs read the umlauts as UTF-8
        StringWriter out = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.stream().map(words::get).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (GroupBlock group : view.groups()) {
                for (FlowRow row : group.rows()) {
                    csv.printRecord(row.id(), group.title(), row.requirement(), row.since(), row.portsText(),
                            row.source().plain().replace("\n", ", "), row.destination().plain().replace("\n", ", "),
                            row.direction(), yesNo(row.fromInternet(), words), row.descriptionText(),
                            yesNo(row.proxy(), words), pageOf.apply(group.id()) + "#" + row.anchor(), row.removed(),
                            String.join("\n", row.changes()), String.join("\n", group.labelledNotes()),
                            yesNo(group.oneOf() != null, words));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String yesNo(boolean value, Messages words) {
        return words.get(value ? "csv.yes" : "csv.no");
    }
}
