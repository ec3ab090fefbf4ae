package dev.flowdoc.render.export;

import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;

import dev.flowdoc.model.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code flowdoc changes --format csv}: one row per entry, headings in the chosen language. */
public final class ChangesCsv {
    private static final List<String> COLUMNS = List.of("changes.action", "table.group", "changes.flow",
            "changes.portsBefore", "changes.portsAfter", "table.source", "table.destination", "table.direction",
            "changes.note", "changes.requirementLabel");

    private ChangesCsv() {}

    public static String write(DeltaView delta, Messages messages) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.stream().map(messages::get).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (DeltaRow r : delta.rows()) {
                csv.printRecord(r.actionLabel(), r.group(), r.flowId(), r.portsBefore(), r.portsAfter(), r.source(),
                        r.destination(), r.direction(), r.noteText(), r.requirement());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
