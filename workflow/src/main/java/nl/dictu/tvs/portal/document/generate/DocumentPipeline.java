package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.domain.Sha256;

import nl.dictu.tvs.portal.document.DocumentType;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.layout.DocumentFonts;
import nl.dictu.tvs.portal.document.layout.PageDecoration;
import nl.dictu.tvs.portal.document.layout.PageLayout;
import nl.dictu.tvs.portal.document.pdfa.ArchivalMetadata;
import nl.dictu.tvs.portal.document.pdfa.ArchiveDescription;
import nl.dictu.tvs.portal.document.pdfa.AssociatedFile;
import nl.dictu.tvs.portal.document.pdfa.PdfaPart;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;
import nl.dictu.tvs.portal.document.seal.SealRequest;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps every document goes through: lay out the body, stamp header and footer, add archival
 * metadata (and the associated file, if any), save, seal in an incremental update, hash.
 */
final class DocumentPipeline {

    private static final String AUTHOR = "Dienst ICT Uitvoering (DICTU)";

    private final DocumentSealer sealer;

    DocumentPipeline(DocumentSealer sealer) {
        this.sealer = sealer;
    }

    IssuedDocument issue(DocumentType type, String reference, IssueContext context, String canonicalJson,
                         DocumentBody body, Optional<AssociatedFile> attachment) {
        DocumentText text = DocumentText.of(context.language());
        byte[] id = DocumentIds.derive(type, context, canonicalJson);
        String idText = DocumentIds.text(id);
        String title = text.format(type.titleKey(), reference);
        try {
            byte[] archival = layOut(text, reference, idText, body, attachment,
                    new ArchiveDescription(archiveTitle(title, reference), title, AUTHOR, text.get("document.product"),
                            context.language(), context.issuedAt(), id,
                            attachment.isPresent() ? PdfaPart.PDFA_3B : PdfaPart.PDFA_2B));
            byte[] sealed = sealer.seal(archival, new SealRequest(context.issuedAt(),
                    text.get("document.seal.reason"), text.get("document.seal.location"), DocumentIds.seed(id)));
            return new IssuedDocument(type, idText, fileName(type, reference, context.language()), sealed,
                    Sha256.hex(sealed));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot issue " + type + " for " + reference, e);
        }
    }

    private static byte[] layOut(DocumentText text, String reference, String idText, DocumentBody body,
                                 Optional<AssociatedFile> attachment, ArchiveDescription description)
            throws IOException {
        try (PDDocument document = new PDDocument();
             DocumentFonts fonts = DocumentFonts.loadInto(document)) {
            document.setVersion(1.7f);
            PageLayout layout = new PageLayout(document, fonts);
            body.layOut(layout, text);
            layout.finish(new PageDecoration(
                    text.get("document.product"),
                    text.format("document.header.reference", reference),
                    text.format("document.footer.sealed", idText),
                    (page, total) -> text.format("document.footer.page", page, total)));
            if (attachment.isPresent()) {
                attachment.get().attachTo(document);
            }
            ArchivalMetadata.apply(document, description);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String archiveTitle(String title, String reference) {
        return title.contains(reference) ? title : title + " \u2013 " + reference;
    }

    private static String fileName(DocumentType type, String reference, Locale language) {
        return reference + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + language.getLanguage() + ".pdf";
    }
}
