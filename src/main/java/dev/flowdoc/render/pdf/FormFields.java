package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The fillable fields of a document. Names are dotted paths ("flow.mail-inbound-direct.opened") built as a
 * field tree, so every viewer shows the same fully qualified names.
 * <p>Text fields are multi-line with an automatic font size ({@code /DA /F 0 Tf}): a viewer shrinks what the customer
 * types until it fits, and a line break is kept. Checkboxes carry their own on/off appearances, drawn as vector paths
 * and kept as direct dictionaries (poppler draws no indirect ones), and also what a viewer needs to draw them anew
 * when a filler sets {@code NeedAppearances}: {@code /MK} with the check character and border, and a {@code /DA}
 * naming ZapfDingbats, which the form's {@code /DR} holds (without them poppler draws nothing: "Unknown font tag").
 */
final class FormFields {
    private final PDDocument doc;
    private final PDAcroForm form;
    private final String appearance;
    private final Map<String, PDNonTerminalField> parents = new LinkedHashMap<>();
    private final Tagging tagging;
    private final Map<String, PDAppearanceStream> appearances = new java.util.HashMap<>();
    /** The name of ZapfDingbats in the form's resources, as viewers expect it. */
    static final COSName ZAPF = COSName.getPDFName("ZaDb");
    /** ZapfDingbats' check mark (✔), what a viewer draws in a ticked box it draws anew. */
    static final String CHECK = "4";

    /** {@code tagging}: every widget becomes a Form element at the current place of the structure. */
    FormFields(PDDocument doc, PDFont font, Tagging tagging) {
        this.doc = doc;
        this.tagging = tagging;
        this.form = new PDAcroForm(doc);
        PDResources resources = new PDResources();
        COSName name = resources.add(font);
        resources.put(ZAPF, new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
        form.setDefaultResources(resources);
        this.appearance = "/" + name.getName() + " 0 Tf 0 g";
        form.setDefaultAppearance(appearance);
        form.setNeedAppearances(false);
        doc.getDocumentCatalog().setAcroForm(form);
    }

    /** A multi-line text field with automatic font size over the rectangle; the page content draws its box. */
    void text(String name, PDPage page, PDRectangle rect, String tooltip) {
        PDTextField field = new PDTextField(form);
        field.setMultiline(true);
        field.setDoNotScroll(false);
        field.setDefaultAppearance(appearance);
        field.setAlternateFieldName(tooltip);
        place(name, field, page, rect);
    }

    /** A checkbox over the rectangle, off; its "on" state is named Yes. */
    void checkbox(String name, PDPage page, PDRectangle rect, String tooltip) {
        PDCheckBox box = new PDCheckBox(form);
        box.setAlternateFieldName(tooltip);
        box.getCOSObject().setString(COSName.DA, "/" + ZAPF.getName() + " 0 Tf 0 g");
        PDAnnotationWidget widget = place(name, box, page, rect);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        mk.getCOSObject().setDirect(true);
        mk.setNormalCaption(CHECK);
        mk.setBorderColour(new PDColor(new float[] {0}, PDDeviceGray.INSTANCE));
        mk.setBackground(new PDColor(new float[] {1}, PDDeviceGray.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.getCOSObject().setDirect(true);
        border.setWidth(0.8f);
        widget.setBorderStyle(border);
        COSDictionary normal = new COSDictionary();
        normal.setDirect(true);
        normal.setItem(COSName.getPDFName("Yes"), appearance(rect, true));
        normal.setItem(COSName.Off, appearance(rect, false));
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setDirect(true);
        ap.getCOSObject().setItem(COSName.N, normal);
        widget.setAppearance(ap);
        widget.setAppearanceState("Off");
        box.getCOSObject().setItem(COSName.V, COSName.Off);
    }

    private PDAnnotationWidget place(String name, PDTerminalField field, PDPage page, PDRectangle rect) {
        int dot = name.lastIndexOf('.');
        field.setPartialName(name.substring(dot + 1));
        attach(dot < 0 ? null : name.substring(0, dot), field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PageFlow.annotate(page, widget);
        tagging.reference(tagging.begin("Form"), widget, page);
        tagging.end("Form");
        return widget;
    }

    /** Hangs the field below the non-terminal field of {@code parentPath}, creating the path as needed. */
    private void attach(String parentPath, PDField field) {
        if (parentPath == null) {
            form.getFields().add(field);
            return;
        }
        PDNonTerminalField parent = parents.get(parentPath);
        if (parent == null) {
            parent = new PDNonTerminalField(form);
            int dot = parentPath.lastIndexOf('.');
            parent.setPartialName(parentPath.substring(dot + 1));
            attach(dot < 0 ? null : parentPath.substring(0, dot), parent);
            parents.put(parentPath, parent);
        }
        // appended to /Kids directly: getChildren() makes a PDField of every kid, which is quadratic in the
        // number of fields (a checklist of 5,000 flows has 15,000)
        COSArray kids = parent.getCOSObject().getCOSArray(COSName.KIDS);
        if (kids == null) {
            kids = new COSArray();
            parent.getCOSObject().setItem(COSName.KIDS, kids);
        }
        kids.add(field.getCOSObject());
        field.getCOSObject().setItem(COSName.PARENT, parent.getCOSObject());
    }

    /**
     * The appearance of a checkbox of this size, on or off: one stream per size and state, shared by every box of
     * the document (a checklist of 5,000 flows had 10,000 equal streams, each with its own empty resources).
     */
    private PDAppearanceStream appearance(PDRectangle rect, boolean checked) {
        String key = rect.getWidth() + "x" + rect.getHeight() + (checked ? ":on" : ":off");
        return appearances.computeIfAbsent(key, k -> stream(rect, checked));
    }

    private PDAppearanceStream stream(PDRectangle rect, boolean checked) {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        float w = rect.getWidth();
        float h = rect.getHeight();
        s.setBBox(new PDRectangle(w, h));
        s.setResources(new PDResources());
        StringBuilder ops = new StringBuilder();
        ops.append("1 g 0 0 ").append(w).append(' ').append(h).append(" re f\n");
        ops.append("0 G 0.8 w 0.4 0.4 ").append(w - 0.8f).append(' ').append(h - 0.8f).append(" re S\n");
        if (checked) {
            ops.append("0 G 1.4 w ").append(w * 0.2f).append(' ').append(h * 0.52f).append(" m ")
                    .append(w * 0.42f).append(' ').append(h * 0.25f).append(" l ")
                    .append(w * 0.82f).append(' ').append(h * 0.8f).append(" l S\n");
        }
        try (OutputStream out = s.getStream().createOutputStream()) {
            out.write(ops.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }
}
