package nl.dictu.tvs.portal.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.ENGLISH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Writes every document and its pages as PNG (through poppler's pdftoppm, an independent
 * renderer) to {@code target/documents/}, for people to look at.
 */
class DocumentImagesTest {

    private static final Path OUT = Path.of("target", "documents");
    private static final File PDFTOPPM = new File("/usr/bin/pdftoppm");

    @Test
    void shouldRenderEveryPageOfEveryDocument() throws Exception {
        assumeTrue(PDFTOPPM.canExecute(), "pdftoppm (poppler-utils) is not installed");
        Files.createDirectories(OUT);
        Map<String, IssuedDocument> documents = Map.of(
                "receipt-nl", SERVICE.receipt(SampleDocuments.receipt(), DUTCH),
                "receipt-en", SERVICE.receipt(SampleDocuments.receipt(), ENGLISH),
                "receipt-care-provider-nl", SERVICE.receipt(SampleDocuments.careProviderReceipt(), DUTCH),
                "checklist-assessment-nl", SERVICE.checklistAssessment(SampleDocuments.assessment(60), DUTCH),
                "preproduction-approval-nl", SERVICE.preproductionApproval(SampleDocuments.approval(), DUTCH),
                "production-confirmation-nl", SERVICE.productionConfirmation(SampleDocuments.production(), DUTCH),
                "dossier-nl", SERVICE.dossier(SampleDocuments.dossier(), DUTCH));

        for (Map.Entry<String, IssuedDocument> entry : documents.entrySet()) {
            Path pdf = OUT.resolve(entry.getKey() + ".pdf");
            Files.write(pdf, entry.getValue().content());

            int rendered = render(pdf, OUT.resolve(entry.getKey()));

            assertThat(rendered).as(entry.getKey() + " pages rendered").isEqualTo(pageCount(pdf));
        }
    }

    private static int render(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PDFTOPPM.getPath(), "-png", "-r", "96", pdf.toString(), prefix.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("pdftoppm complaints").isBlank();
        String name = prefix.getFileName().toString();
        try (var files = Files.list(prefix.getParent())) {
            return (int) files.map(p -> p.getFileName().toString())
                    .filter(f -> f.matches(java.util.regex.Pattern.quote(name) + "-\\d+\\.png"))
                    .count();
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
