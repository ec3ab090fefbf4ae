package dev.flowdoc.i18n;

import dev.flowdoc.load.JsonDocument;
import dev.flowdoc.model.Location;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2.0 file with positions (StAX), checks that it is XLIFF 2.0 from German to English and
 * collects its units. Problems carry the file, line and column; the result is empty if any is an error.
 */
final class XliffReader {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        // No DTDs, no external entities: a translation file is data, never instructions to fetch anything.
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final String file;
    private final Problems problems;
    private XMLStreamReader xml;

    private XliffReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<List<XliffUnit>> read(Path path, String display, Problems problems) {
        long before = problems.errorCount();
        XliffReader r = new XliffReader(display, problems);
        List<XliffUnit> units = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.error(Location.of(display), "there is no such file", "check the path (relative to the current folder)");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.of(display), "cannot read the file (" + e.getMessage() + ")", "check the path");
            return Optional.empty();
        }
        String text;
        try {
            // decoded here, strictly: the XML parser would print its own "[Fatal Error]" line for a bad byte
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(JsonDocument.firstBadByte(bytes, display), "the file is not valid UTF-8",
                    "save it with the encoding UTF-8 (as 'flowdoc i18n export' wrote it)");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader in = new StringReader(text)) {
            r.xml = FACTORY.createXMLStreamReader(in);
            try {
                r.document(units);
            } finally {
                r.xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            int col = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNumber());
            problems.error(new Location(display, line, col), "malformed XML: " + reason(e),
                    "fix the XML at this place (the file must be well-formed XLIFF 2.0)");
        } catch (IOException e) {
            problems.error(Location.of(display), "cannot read the file (" + e.getMessage() + ")", "check the path");
        }
        return problems.errorCount() > before ? Optional.empty() : Optional.of(units);
    }

    private void document(List<XliffUnit> units) throws XMLStreamException {
        xml.nextTag();
        Location at = here();
        if (!"xliff".equals(xml.getLocalName()) || !Xliff.NS.equals(xml.getNamespaceURI())) {
            String version = xml.getAttributeValue(null, "version");
            problems.error(at, "not an XLIFF 2.0 file: the root element is <" + xml.getLocalName() + "> in namespace '"
                    + xml.getNamespaceURI() + "'" + (version != null ? " (version " + version + ")" : ""),
                    "export the file with 'flowdoc i18n export' and translate it with a tool that keeps XLIFF 2.0 ("
                            + Xliff.NS + ")");
            return;
        }
        String version = xml.getAttributeValue(null, "version");
        if (version == null || !version.startsWith("2.")) {
            problems.error(at, "not an XLIFF 2.x file: version is '" + version + "'", "the version must be 2.0");
        }
        language(at, "srcLang", Xliff.SOURCE_LANGUAGE, "German");
        language(at, "trgLang", Xliff.TARGET_LANGUAGE, "English");
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && is(Xliff.NS, "unit")) {
                units.add(unit());
            }
        }
    }

    private void language(Location at, String attribute, String expected, String name) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || !value.equalsIgnoreCase(expected)) {
            problems.error(at, attribute + " is " + (value == null ? "missing" : "'" + value + "'") + ", expected '"
                    + expected + "'", "flowdoc translates from German (de) to English (en); " + name + " is '" + expected + "'");
        }
    }

    private XliffUnit unit() throws XMLStreamException {
        Location at = here();
        String id = xml.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            problems.error(at, "a <unit> without id", "keep the unit ids flowdoc wrote");
        }
        String fingerprint = null;
        String exportedEn = null;
        StringBuilder source = new StringBuilder();
        StringBuilder target = null;
        Location targetAt = at;
        boolean initial = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(Xliff.MDA, "meta") && Xliff.META_SRC.equals(xml.getAttributeValue(null, "type"))) {
                    fingerprint = xml.getElementText().trim();
                } else if (is(Xliff.MDA, "meta") && Xliff.META_EN.equals(xml.getAttributeValue(null, "type"))) {
                    exportedEn = xml.getElementText().trim();
                } else if (is(Xliff.MDA, "metadata") || is(Xliff.MDA, "metaGroup")) {
                    depth++;
                } else if (is(Xliff.NS, "segment") || is(Xliff.NS, "ignorable")) {
                    String state = xml.getAttributeValue(null, "state");
                    initial |= is(Xliff.NS, "segment") && (state == null || "initial".equals(state));
                    depth++;
                } else if (is(Xliff.NS, "source")) {
                    source.append(plainText());
                } else if (is(Xliff.NS, "target")) {
                    targetAt = here();
                    target = target == null ? new StringBuilder() : target;
                    target.append(plainText());
                } else {
                    skip();
                }
            }
        }
        return new XliffUnit(id, fingerprint, exportedEn, source.toString(), target == null ? null : target.toString(),
                initial, at, targetAt);
    }

    /** The text of a source or target; inline markup is refused, since flowdoc exports plain text only. */
    private String plainText() throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                b.append(xml.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                problems.error(here(), "inline markup <" + xml.getLocalName() + "> in a source or target",
                        "flowdoc texts are plain text: write the words only (keep {menu:…} references as written)");
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return b.toString();
            }
        }
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean is(String namespace, String name) {
        return name.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    private Location here() {
        var l = xml.getLocation();
        return new Location(file, Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }

    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).replaceAll("\\s+", " ").trim().replaceFirst("\\.$", "");
    }
}
