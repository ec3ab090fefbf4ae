package dev.flowdoc.load;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.ChecklistStamp;
import dev.flowdoc.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * The form fields of a checklist flowdoc wrote and a customer filled: per flow (by the field id of
 * {@code flow.ID.source}) the texts of its source and destination fields, in the order of the form; the addresses of
 * the product's endpoints ({@code endpoint.ID.address}, by endpoint field id); the flows of an upgrade checklist's
 * section to close ({@code close.ID.closed}) with the addresses they had ({@code close.ID.source}, {@code
 * close.ID.destination}: {@code closing}); the checklist's stamp (release, language, profile or upgrade pair,
 * zones), absent in checklists of earlier flowdoc versions; and the flows whose "opened" box is ticked
 * ({@code flow.ID.opened}: {@code ticked}, by field id, in the order of the form).
 */
public record FilledChecklist(String file, Optional<ChecklistStamp> stamp, Map<String, Sides> flows,
                              Map<String, String> endpoints, List<String> closed, Map<String, Sides> closing,
                              boolean upgrade, List<String> ticked) {
    /** What the customer wrote into a flow's two fields (empty strings when left empty). */
    public record Sides(String source, String destination) {}

    public FilledChecklist {
        flows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flows));
        endpoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
        closed = List.copyOf(closed);
        closing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(closing));
        ticked = List.copyOf(ticked);
    }

    /** The field's name as the checklist has it: "flow.mail-in.source". */
    public static String field(String fieldId, String side) {
        return "flow." + fieldId + "." + side;
    }

    /** "endpoint.appliance.address". */
    public static String endpointField(String endpointFieldId) {
        return "endpoint." + endpointFieldId + ".address";
    }

    /** Empty when the file is no readable PDF or no flowdoc checklist (reported at the file). */
    public static Optional<FilledChecklist> read(Path path, String display, Problems problems) {
        Location at = Location.of(display);
        if (!Files.isRegularFile(path)) {
            problems.error(at, "cannot read the file (it does not exist or is a folder)", "name the filled checklist PDF");
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(path.toFile())) {
            // getAcroForm(null): the default one adds fonts and fixes fields while loading; only read what is there
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            Map<String, String> values = new LinkedHashMap<>();
            List<String> ticked = new ArrayList<>();
            if (form != null) {
                for (PDField field : form.getFieldTree()) {
                    String name = field.getFullyQualifiedName();
                    values.put(name, field.getValueAsString());
                    String[] parts = name.split("\\.");
                    if (field instanceof PDCheckBox box && parts.length == 3 && parts[0].equals("flow")
                            && parts[2].equals("opened") && box.isChecked()) {
                        ticked.add(parts[1]);
                    }
                }
            }
            Map<String, String[]> flows = new LinkedHashMap<>();
            Map<String, String[]> closing = new LinkedHashMap<>();
            Map<String, String> endpoints = new LinkedHashMap<>();
            List<String> closed = new ArrayList<>();
            values.forEach((name, value) -> {
                String[] parts = name.split("\\.");
                String text = value == null ? "" : value;
                if (parts.length == 3 && (parts[0].equals("flow") || parts[0].equals("close"))
                        && (parts[2].equals("source") || parts[2].equals("destination"))) {
                    String[] sides = (parts[0].equals("flow") ? flows : closing).computeIfAbsent(parts[1], k -> new String[] {"", ""});
                    sides[parts[2].equals("source") ? 0 : 1] = text;
                } else if (parts.length == 3 && parts[0].equals("close") && parts[2].equals("closed")) {
                    closed.add(parts[1]);
                } else if (parts.length == 3 && parts[0].equals("endpoint") && parts[2].equals("address")) {
                    endpoints.put(parts[1], text);
                }
            });
            PDDocumentInformation info = doc.getDocumentInformation();
            Map<String, String> entries = new LinkedHashMap<>();
            for (String key : List.of(ChecklistStamp.RELEASE, ChecklistStamp.LANGUAGE, ChecklistStamp.PROFILE,
                    ChecklistStamp.UPGRADE_FROM, ChecklistStamp.ZONES)) {
                String v = info.getCustomMetadataValue(key);
                if (v != null) {
                    entries.put(key, v);
                }
            }
            Optional<ChecklistStamp> stamp = ChecklistStamp.of(entries);
            if (flows.isEmpty() && closed.isEmpty()) {
                if (stamp.isPresent() || writtenByFlowdoc(info)) {
                    problems.error(at, "this is a checklist flowdoc wrote, but its form fields were removed when it was printed"
                                    + " to PDF (or flattened), so the addresses typed into it cannot be read",
                            "fill the original file and save it as it is (in a PDF viewer: Save, not Print to PDF)");
                } else {
                    problems.error(at, "not a checklist flowdoc wrote: the PDF has no form fields named flow.ID.source",
                            "fill the checklist of flowdoc checklist (or of the site's profile page) and give that PDF");
                }
                return Optional.empty();
            }
            String keywords = info.getKeywords();
            boolean upgrade = stamp.map(ChecklistStamp::upgrade).orElse(false) || !closed.isEmpty()
                    || (keywords != null && keywords.contains("upgrade"));
            Map<String, Sides> sides = new LinkedHashMap<>();
            flows.forEach((id, s) -> sides.put(id, new Sides(s[0], s[1])));
            Map<String, Sides> closingSides = new LinkedHashMap<>();
            closing.forEach((id, s) -> closingSides.put(id, new Sides(s[0], s[1])));
            return Optional.of(new FilledChecklist(display, stamp, sides, endpoints, closed, closingSides, upgrade, ticked));
        } catch (IOException e) {
            problems.error(at, "not a PDF file flowdoc can read (" + e.getMessage() + ")",
                    "give the filled checklist PDF flowdoc wrote");
            return Optional.empty();
        }
    }

    /** The creator or the keywords flowdoc writes into every checklist ("firewall, checklist, …"). */
    private static boolean writtenByFlowdoc(PDDocumentInformation info) {
        String creator = info.getCreator() == null ? "" : info.getCreator().toLowerCase(Locale.ROOT);
        String keywords = info.getKeywords() == null ? "" : info.getKeywords().toLowerCase(Locale.ROOT);
        return creator.contains("flowdoc") || keywords.contains("checklist");
    }
}
