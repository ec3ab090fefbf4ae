package dev.flowdoc.i18n;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads and edits XLIFF files in tests the way a translation tool would: through the DOM. */
final class XliffFiles {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    private XliffFiles() {}

    static Document read(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static void write(Document doc, Path file) throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(file.toFile()));
    }

    static Element unit(Document doc, String id) {
        NodeList units = doc.getElementsByTagNameNS(NS, "unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            if (u.getAttribute("id").equals(id)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(NS, name).item(0);
    }

    /** What a translator does: write the target, mark the segment translated. */
    static void translate(Path file, String unitId, String english) throws Exception {
        Document doc = read(file);
        Element unit = unit(doc, unitId);
        child(unit, "target").setTextContent(english);
        child(unit, "segment").setAttribute("state", "translated");
        write(doc, file);
    }

    static String text(Path file) throws IOException {
        return java.nio.file.Files.readString(file);
    }
}
