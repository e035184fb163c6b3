package nl.dictu.tvs.portal.document.pdfa;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Objects;

/**
 * A file embedded as a PDF/A-3 associated file: in the catalog's /AF array (associated with the
 * document as a whole) and in the EmbeddedFiles name tree so readers list it as an attachment.
 *
 * @param relationship the /AFRelationship, e.g. {@code Data} or {@code Source}
 */
public record AssociatedFile(String fileName, String mimeType, String description, String relationship,
                             byte[] content, Instant modified) {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    public AssociatedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(modified, "modified");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Embeds the file; call once per document (it sets the whole EmbeddedFiles tree). */
    public void attachTo(PDDocument document) throws IOException {
        Calendar date = GregorianCalendar.from(modified.atZone(ArchivalMetadata.ZONE));
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(content));
        embedded.setSubtype(mimeType);
        embedded.setSize(content.length);
        embedded.setCreationDate(date);
        embedded.setModDate(date);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(fileName);
        spec.setFileUnicode(fileName);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.getCOSObject().setName(AF_RELATIONSHIP, relationship);

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(fileName, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);

        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(AF, associated);
    }
}
