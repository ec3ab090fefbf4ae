package dev.flowdoc.render.pdf;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.flowdoc.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Title, language, info dictionary, XMP and a document id derived from the content's key, never from the clock. */
record PdfMetadata(String title, String subject, String author, String keywords, Language language, Instant date,
                   String idKey) {
    private static final Mustache XMP = new DefaultMustacheFactory("dev/flowdoc/render/pdf").compile("xmp.mustache");
    private static final String PRODUCER = "flowdoc with Apache PDFBox";

    void applyTo(PDDocument doc) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language.code());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(author);
        info.setKeywords(keywords);
        info.setCreator("flowdoc");
        info.setProducer(PRODUCER);
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(date.toEpochMilli());
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp().getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
        COSString id = new COSString(digest(idKey));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().setDocumentID(ids);
    }

    private String xmp() {
        StringWriter out = new StringWriter();
        XMP.execute(out, Map.of("title", title, "subject", subject, "author", author, "keywords", keywords,
                "lang", language.code(), "creator", "flowdoc", "producer", PRODUCER,
                "date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC))));
        return out.toString();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
