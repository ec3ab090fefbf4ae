package dev.flowdoc.load;

import dev.flowdoc.model.Location;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The form fields of a checklist flowdoc wrote and a customer filled: per flow (by the field id of
 * {@code flow.ID.source}) the texts of its source and destination fields, in the order of the form; the flows of an
 * upgrade checklist's section to close ({@code close.ID.closed}); and whether it is an upgrade checklist.
 */
public record FilledChecklist(String file, Map<String, Sides> flows, List<String> closed, boolean upgrade) {
    /** What the customer wrote into a flow's two fields (empty strings when left empty). */
    public record Sides(String source, String destination) {}

    public FilledChecklist {
        flows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flows));
        closed = List.copyOf(closed);
    }

    /** The field's name as the checklist has it: "flow.mail-in.source". */
    public static String field(String fieldId, String side) {
        return "flow." + fieldId + "." + side;
    }

    /** Empty when the file is no readable PDF or no flowdoc checklist (reported at the file). */
    public static Optional<FilledChecklist> read(Path path, String display, Problems problems) {
        Location at = Location.of(display);
        if (!Files.isRegularFile(path)) {
            problems.error(at, "cannot read the file (it does not exist or is a folder)", "name the filled checklist PDF");
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(path.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            Map<String, String> values = new LinkedHashMap<>();
            if (form != null) {
                for (PDField field : form.getFieldTree()) {
                    values.put(field.getFullyQualifiedName(), field.getValueAsString());
                }
            }
            Map<String, String[]> flows = new LinkedHashMap<>();
            List<String> closed = new ArrayList<>();
            values.forEach((name, value) -> {
                String[] parts = name.split("\\.");
                if (parts.length == 3 && parts[0].equals("flow") && (parts[2].equals("source") || parts[2].equals("destination"))) {
                    String[] sides = flows.computeIfAbsent(parts[1], k -> new String[] {"", ""});
                    sides[parts[2].equals("source") ? 0 : 1] = value == null ? "" : value;
                } else if (parts.length == 3 && parts[0].equals("close") && parts[2].equals("closed")) {
                    closed.add(parts[1]);
                }
            });
            if (flows.isEmpty() && closed.isEmpty()) {
                problems.error(at, "not a checklist flowdoc wrote: the PDF has no form fields named flow.ID.source",
                        "fill the checklist of flowdoc checklist (or of the site's profile page) and give that PDF");
                return Optional.empty();
            }
            String keywords = doc.getDocumentInformation().getKeywords();
            boolean upgrade = !closed.isEmpty() || (keywords != null && keywords.contains("upgrade"));
            Map<String, Sides> sides = new LinkedHashMap<>();
            flows.forEach((id, s) -> sides.put(id, new Sides(s[0], s[1])));
            return Optional.of(new FilledChecklist(display, sides, closed, upgrade));
        } catch (IOException e) {
            problems.error(at, "not a PDF file flowdoc can read (" + e.getMessage() + ")",
                    "give the filled checklist PDF flowdoc wrote");
            return Optional.empty();
        }
    }
}
