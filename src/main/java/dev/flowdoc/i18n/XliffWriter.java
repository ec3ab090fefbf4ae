package dev.flowdoc.i18n;

import dev.flowdoc.model.Fingerprint;
import dev.flowdoc.model.Translation;
import dev.flowdoc.model.TranslationState;

import dev.flowdoc.model.Inline;
import dev.flowdoc.model.ProjectTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes texts as XLIFF 2.0: one {@code <file>} per data file, one {@code <unit>} per text. The unit's
 * {@code name} is the id path, its notes tell the translator where the text appears, its metadata
 * carries the fingerprint of the exported German; the target holds the current English (a draft for
 * missing and stale texts, whose segment state is "initial").
 */
public final class XliffWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private int depth;

    private XliffWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(List<ProjectTexts.Entry> texts, OutputStream out) throws IOException {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(w);
            new XliffWriter(xml).document(texts);
            xml.close();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    private void document(List<ProjectTexts.Entry> texts) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline();
        xml.setDefaultNamespace(Xliff.NS);
        xml.setPrefix("mda", Xliff.MDA);
        xml.writeStartElement(Xliff.NS, "xliff");
        xml.writeDefaultNamespace(Xliff.NS);
        xml.writeNamespace("mda", Xliff.MDA);
        xml.writeAttribute("version", Xliff.VERSION);
        xml.writeAttribute("srcLang", Xliff.SOURCE_LANGUAGE);
        xml.writeAttribute("trgLang", Xliff.TARGET_LANGUAGE);
        depth++;
        Map<String, List<ProjectTexts.Entry>> byFile = texts.stream()
                .collect(Collectors.groupingBy(t -> t.location().file(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<ProjectTexts.Entry>> e : byFile.entrySet()) {
            open("file");
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            xml.writeAttribute("id", name.substring(0, name.length() - ".json".length()));
            xml.writeAttribute("original", e.getKey());
            for (ProjectTexts.Entry t : e.getValue()) {
                unit(t);
            }
            close();
        }
        close();
        newline();
        xml.writeEndDocument();
    }

    private void unit(ProjectTexts.Entry t) throws XMLStreamException {
        TranslationState state = Translation.state(t.text());
        open("unit");
        xml.writeAttribute("id", Xliff.unitId(t.idPath()));
        xml.writeAttribute("name", t.idPath());
        open(Xliff.MDA, "metadata");
        open(Xliff.MDA, "metaGroup");
        xml.writeAttribute("category", Xliff.META_GROUP);
        meta(Xliff.META_SRC, Fingerprint.of(t.text().de()));
        meta(Xliff.META_EN, Fingerprint.of(t.text().en()));
        close();
        close();
        open("notes");
        note("location", t.location().toString());
        if (!t.context().isEmpty()) {
            note("context", t.context());
        }
        note("field", field(t.idPath()));
        switch (state) {
            case STALE -> note("state", "stale: the German changed since this English was translated; "
                    + "the target is the old translation, check it against the new German");
            case MISSING -> note("state", "missing: no translation recorded yet; the target is a draft");
            default -> { }
        }
        if (!Inline.refs(t.text().de()).isEmpty()) {
            note("references", "keep every {menu:…}, {chapter:…}, {group:…} and {flow:…} exactly as in the source;"
                    + " flowdoc replaces them by the English names and links; in {flow:ID|Text} keep '{flow:ID|' and '}'"
                    + " and translate only the link text");
        }
        close();
        open("segment");
        xml.writeAttribute("state", state.xliffState());
        leaf("source", t.text().de());
        leaf("target", t.text().en());
        close();
        close();
    }

    /** The field a translator sees: the id path's last step, "description", or "note 1" for a numbered text. */
    private static String field(String idPath) {
        return idPath.substring(idPath.lastIndexOf('/') + 1).replace(':', ' ');
    }

    private void meta(String type, String value) throws XMLStreamException {
        indent();
        xml.writeStartElement(Xliff.MDA, "meta");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void note(String category, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(Xliff.NS, "note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void leaf(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(Xliff.NS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void open(String name) throws XMLStreamException {
        open(Xliff.NS, name);
    }

    private void open(String namespace, String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(namespace, name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        xml.writeCharacters("\n" + "  ".repeat(depth));
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        if (depth > 0) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
