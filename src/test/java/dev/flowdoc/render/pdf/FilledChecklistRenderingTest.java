package dev.flowdoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A checklist filled with PDFBox and drawn by poppler (Evince, Okular, pdftoppm; .ci/run installs poppler-utils), with
 * the appearances the filler wrote ({@code NeedAppearances} false) and with poppler drawing every field anew (true, as
 * after pypdf or many scripts): every value typed is drawn whole inside its field, and a ticked box shows its tick
 * while an unticked one stays empty.
 */
class FilledChecklistRenderingTest {
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("endpoint.appliance.address", "192.0.2.10, 2001:db8::10");
        VALUES.put("flow.mail-outbound-relay.source", "10.0.0.25\n10.0.0.26\n10.0.0.27\n10.0.0.28");
        VALUES.put("flow.mail-outbound-relay.destination", "2001:db8:ffff:1::/64, 2001:db8:ffff:2::/64");
        VALUES.put("flow.gina-https.source", "203.0.113.0/24");
        VALUES.put("flow.gina-https.destination", "192.0.2.10 2001:db8::10");
    }

    private static final String TICKED = "flow.mail-outbound-relay.opened";
    private static final String UNTICKED = "flow.gina-https.opened";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "NeedAppearances {0}")
    @ValueSource(booleans = {false, true})
    void popplerDrawsEveryValueWholeAndTheTicks(boolean needAppearances) throws Exception {
        Path pdf = dir.resolve("minimal.pdf");
        var run = TestProjects.run("checklist", "--project", TestProjects.REPOSITORY.toString(), "--lang", "en",
                "--profile", "minimal", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path filled = dir.resolve("filled.pdf");
        Map<String, Box> boxes = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            form.setNeedAppearances(needAppearances);
            for (Map.Entry<String, String> e : VALUES.entrySet()) {
                PDTextField field = (PDTextField) form.getField(e.getKey());
                assertTrue(field.isMultiline(), e.getKey());
                assertTrue(field.getDefaultAppearance().endsWith(" 0 Tf 0 g"), field.getDefaultAppearance());
                field.setValue(e.getValue());
            }
            ((PDCheckBox) form.getField(TICKED)).check();
            for (String name : concat(VALUES.keySet(), List.of(TICKED, UNTICKED))) {
                PDField field = form.getField(name);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                boxes.put(name, new Box(doc.getPages().indexOf(widget.getPage()) + 1, widget.getRectangle(),
                        doc.getPage(0).getMediaBox().getHeight()));
                if (field instanceof PDCheckBox) {
                    // what poppler needs to draw a box anew: /MK with the check, /DA naming ZaDb, ZaDb in /DR
                    COSDictionary mk = widget.getCOSObject().getCOSDictionary(COSName.MK);
                    assertEquals("4", mk.getString(COSName.CA));
                    assertTrue(field.getCOSObject().getString(COSName.DA).startsWith("/ZaDb "));
                    assertTrue(form.getDefaultResources().getFont(COSName.getPDFName("ZaDb")) != null);
                }
            }
            doc.save(filled.toFile());
        }
        String words = poppler("pdftotext", "-bbox", filled.toString(), "-");
        for (Map.Entry<String, String> e : VALUES.entrySet()) {
            Box box = boxes.get(e.getKey());
            // a viewer may break a line inside an address (PDFBox does at ':'): what counts is every character shown
            assertEquals(e.getValue().replaceAll("\\s+", ""), drawnInside(words, box), e.getKey() + " drawn whole inside "
                    + box + " (NeedAppearances " + needAppearances + ")");
        }
        Box ticked = boxes.get(TICKED);
        Box unticked = boxes.get(UNTICKED);
        double on = darkInside(filled, ticked);
        double off = darkInside(filled, unticked);
        assertTrue(on > 0.08, "the ticked box shows its tick: " + on);
        assertTrue(off < 0.02, "the unticked box stays empty: " + off);
    }

    /** A widget's page and rectangle, with the page height to turn poppler's top-down coordinates around. */
    record Box(int page, PDRectangle rect, float pageHeight) {
        boolean holds(double xMin, double yMinTop, double xMax, double yMaxTop) {
            double top = pageHeight - rect.getUpperRightY();
            double bottom = pageHeight - rect.getLowerLeftY();
            return xMin >= rect.getLowerLeftX() - 0.5 && xMax <= rect.getUpperRightX() + 0.5 && yMinTop >= top - 0.5
                    && yMaxTop <= bottom + 0.5;
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    /** The words pdftotext saw wholly inside the box, in reading order, joined without spaces. */
    private static String drawnInside(String bbox, Box box) {
        String[] pages = bbox.split("<page ");
        Matcher m = WORD.matcher(pages[box.page()]);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (box.holds(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)))) {
                out.append(m.group(5));
            }
        }
        return out.toString();
    }

    /** The share of dark pixels inside the box, its border left aside, as pdftoppm draws the page (gray, 4 px/pt). */
    private double darkInside(Path pdf, Box box) throws IOException, InterruptedException {
        String prefix = dir.resolve("page").toString();
        poppler("pdftoppm", "-gray", "-r", "288", "-f", String.valueOf(box.page()), "-l", String.valueOf(box.page()), pdf.toString(), prefix);
        Path pgm;
        try (var files = Files.list(dir)) {
            pgm = files.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".pgm")).findFirst().orElseThrow();
        }
        byte[] data = Files.readAllBytes(pgm);
        Files.delete(pgm);
        // P5 header: "P5\nWIDTH HEIGHT\nMAXVAL\n"
        int pos = 0;
        List<Integer> header = new ArrayList<>();
        String magic = null;
        while (header.size() < 3) {
            StringBuilder token = new StringBuilder();
            while (Character.isWhitespace(data[pos])) {
                pos++;
            }
            while (!Character.isWhitespace(data[pos])) {
                token.append((char) data[pos++]);
            }
            if (magic == null) {
                magic = token.toString();
            } else {
                header.add(Integer.parseInt(token.toString()));
            }
        }
        pos++;
        assertEquals("P5", magic);
        int width = header.get(0);
        double scale = 4;
        PDRectangle r = box.rect();
        int x0 = (int) Math.ceil((r.getLowerLeftX() + 2) * scale);
        int x1 = (int) Math.floor((r.getUpperRightX() - 2) * scale);
        int y0 = (int) Math.ceil((box.pageHeight() - r.getUpperRightY() + 2) * scale);
        int y1 = (int) Math.floor((box.pageHeight() - r.getLowerLeftY() - 2) * scale);
        int dark = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if ((data[pos + y * width + x] & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / all;
    }

    private static String poppler(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + " (Debian package poppler-utils; .ci/run installs it): " + err);
        assertTrue(!err.contains("Unknown font tag") && !err.contains("No font in show"), "poppler: " + err);
        return out;
    }

    private static List<String> concat(java.util.Collection<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
