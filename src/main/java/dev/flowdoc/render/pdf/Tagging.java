package dev.flowdoc.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of one document (tagged PDF, as PDF/UA-1 asks): a tree of structure elements below one
 * {@code Document} element, built in reading order while the pages are drawn. Writers open and close elements
 * ({@link #begin}, {@link #end}); every piece of text drawn meanwhile becomes a marked-content sequence with its
 * page's next MCID, a kid of the innermost open element; what only decorates (rules, fills, footers, a table header
 * repeated on a later page) is marked as an artifact. Annotations (links, form widgets) join the tree as object
 * references. {@link #finish} writes the parent tree (MCID and annotation → element), {@code /StructParents} of
 * the pages, {@code /Tabs /S} and {@code /MarkInfo}.
 */
final class Tagging {
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName PARENT_TREE_NEXT_KEY = COSName.getPDFName("ParentTreeNextKey");

    private final PDDocument doc;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** Parent tree: a page's key → array of elements by MCID; an annotation's key → its element. */
    private final Map<Integer, COSBase> parents = new TreeMap<>();
    private final Map<PDPage, Integer> pageKeys = new HashMap<>();
    private final PDPropertyList footer;
    private int nextKey;

    Tagging(PDDocument doc) {
        this.doc = doc;
        PDStructureElement document = new PDStructureElement("Document", root);
        root.appendKid(document);
        open.push(document);
        COSDictionary pagination = new COSDictionary();
        pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        pagination.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
        footer = PDPropertyList.create(pagination);
    }

    /** Opens an element of {@code type} (P, H1, Table, TD, L, LI, Lbl, LBody, Link, Form …) in the current one. */
    PDStructureElement begin(String type) {
        PDStructureElement parent = open.peek();
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        open.push(element);
        return element;
    }

    /** Closes the innermost element, which must be of {@code type} (a mismatch is a bug in a writer). */
    void end(String type) {
        PDStructureElement element = open.pop();
        if (!type.equals(element.getStructureType())) {
            throw new IllegalStateException("closing " + type + " but " + element.getStructureType() + " is open");
        }
    }

    /** A table header cell for its column ({@code /Scope /Column}). */
    PDStructureElement headerCell(int colspan) {
        PDStructureElement th = begin("TH");
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.getCOSObject().setDirect(true);
        attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        if (colspan > 1) {
            attributes.setColSpan(colspan);
        }
        th.addAttribute(attributes);
        return th;
    }

    /** A table data cell spanning columns and rows (1: none). */
    PDStructureElement dataCell(int colspan, int rowspan) {
        PDStructureElement td = begin("TD");
        if (colspan > 1 || rowspan > 1) {
            PDTableAttributeObject attributes = new PDTableAttributeObject();
            attributes.getCOSObject().setDirect(true);
            if (colspan > 1) {
                attributes.setColSpan(colspan);
            }
            if (rowspan > 1) {
                attributes.setRowSpan(rowspan);
            }
            td.addAttribute(attributes);
        }
        return td;
    }

    /** The element that drawn content goes into now. */
    PDStructureElement current() {
        return open.peek();
    }

    /** A new page: its key in the parent tree (its {@code /StructParents}). */
    void page(PDPage page) {
        int key = nextKey++;
        page.setStructParents(key);
        pageKeys.put(page, key);
        parents.put(key, new COSArray());
    }

    /** Starts a marked-content sequence for the current element on {@code page}; close it with {@link #endMarked}. */
    void beginMarked(PDPageContentStream content, PDPage page) throws IOException {
        PDStructureElement element = open.peek();
        COSArray byMcid = (COSArray) parents.get(pageKeys.get(page));
        int mcid = byMcid.size();
        byMcid.add(element.getCOSObject());
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            COSDictionary mcr = new COSDictionary();
            mcr.setDirect(true);
            mcr.setItem(COSName.TYPE, MCR);
            mcr.setItem(COSName.PG, page);
            mcr.setItem(COSName.MCID, COSInteger.get(mcid));
            kids(element).add(mcr);
        }
    }

    void endMarked(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
    }

    void beginArtifact(PDPageContentStream content) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
    }

    /** A page footer: an artifact of type Pagination, subtype Footer. */
    void beginFooter(PDPageContentStream content) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT, footer);
    }

    /** Puts {@code annotation} into {@code element} as an object reference, with its key in the parent tree. */
    void reference(PDStructureElement element, PDAnnotation annotation, PDPage page) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parents.put(key, element.getCOSObject());
        PDObjectReference ref = new PDObjectReference();
        // written inside the element's /K, not as an object of its own (a checklist has thousands)
        ref.getCOSObject().setDirect(true);
        ref.setReferencedObject(annotation);
        ref.setPage(page);
        element.appendKid(ref);
    }

    /** Writes the tree into the catalog: parent tree, marked, and tab order by structure on every page. */
    void finish() {
        if (open.size() != 1) {
            throw new IllegalStateException("structure elements left open: " + open.peek().getStructureType());
        }
        COSArray nums = new COSArray();
        parents.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.getCOSObject().setInt(PARENT_TREE_NEXT_KEY, nextKey);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        for (PDPage page : doc.getPages()) {
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        }
    }

    private static COSArray kids(PDStructureElement element) {
        COSDictionary dict = element.getCOSObject();
        COSBase k = dict.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(k);
        }
        dict.setItem(COSName.K, array);
        return array;
    }
}
