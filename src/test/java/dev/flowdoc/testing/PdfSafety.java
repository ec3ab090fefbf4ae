package dev.flowdoc.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Finds what could run in a PDF: JavaScript, actions on open, launch and submit actions, script URIs. */
public final class PdfSafety {
    private static final Set<String> ACTIVE_KEYS = Set.of("JS", "JavaScript", "OpenAction", "AA", "Launch",
            "SubmitForm", "ImportData", "RichMedia", "EmbeddedFile", "EmbeddedFiles");
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "ResetForm", "Rendition", "GoToE", "GoToR");

    private PdfSafety() {}

    /** Every active part reachable from the trailer, as "key in object" descriptions; empty when safe. */
    public static List<String> activeParts(PDDocument doc) {
        List<String> found = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(doc.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase node = todo.pop();
            if (node instanceof COSObject o) {
                node = o.getObject();
            }
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (node instanceof COSDictionary dict) {
                for (COSName key : dict.keySet()) {
                    if (ACTIVE_KEYS.contains(key.getName())) {
                        found.add("/" + key.getName());
                    }
                    COSBase value = dict.getDictionaryObject(key);
                    if (key.equals(COSName.S) && value instanceof COSName s && ACTIVE_ACTIONS.contains(s.getName())) {
                        found.add("/S /" + s.getName());
                    }
                    if (key.getName().equals("URI") && value instanceof COSString uri
                            && uri.getString().strip().toLowerCase(Locale.ROOT).matches("(javascript|vbscript|data|file):.*")) {
                        found.add("/URI " + uri.getString());
                    }
                    todo.push(dict.getItem(key));
                }
            } else if (node instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
        return found;
    }
}
