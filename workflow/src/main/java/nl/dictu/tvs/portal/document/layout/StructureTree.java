package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logical structure (tags) of a document, so screen readers and reflow know headings,
 * paragraphs, lists and tables, and skip the page furniture. Every piece of text is marked content
 * with an MCID, owned by a structure element (H1, H2, P, L/LI/LBody, Table/TR/TH/TD); headers,
 * footers, rules, stripes and repeated table headers are artifacts. The parent tree, which maps
 * each page's MCIDs back to their elements, is written by {@link #finish()}.
 */
final class StructureTree {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, COSArray> parents = new LinkedHashMap<>();

    StructureTree(PDDocument pdf) {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
    }

    /** A new element as the last child of {@code parent}, or of the document when null. */
    PDStructureElement add(String type, PDStructureElement parent) {
        PDStructureNode owner = parent == null ? document : parent;
        PDStructureElement element = new PDStructureElement(type, owner);
        owner.appendKid(element);
        return element;
    }

    /** Starts marked content on the page that belongs to the element; close with {@link #end}. */
    void begin(PDPageContentStream content, PDPage page, PDStructureElement element) throws IOException {
        COSArray pageParents = parents.computeIfAbsent(page, p -> {
            p.setStructParents(parents.size());
            return new COSArray();
        });
        int mcid = pageParents.size();
        pageParents.add(element);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (page.equals(element.getPage())) {
            element.appendKid(mcid);
        } else {
            // The element continues on another page (a paragraph broken over two pages).
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
    }

    static void beginArtifact(PDPageContentStream content) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
    }

    static void end(PDPageContentStream content) throws IOException {
        content.endMarkedContent();
    }

    void finish() {
        Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
        int key = 0;
        for (COSArray pageParents : parents.values()) {
            numbers.put(key++, pageParents);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
    }
}
