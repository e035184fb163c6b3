package nl.dictu.tvs.portal.document.bench;

import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.SampleDocuments;
import nl.dictu.tvs.portal.document.layout.DocumentFonts;
import nl.dictu.tvs.portal.document.pdfa.ArchivalMetadata;
import nl.dictu.tvs.portal.document.pdfa.ArchiveDescription;
import nl.dictu.tvs.portal.document.pdfa.PdfaPart;
import nl.dictu.tvs.portal.document.seal.DocumentSealer;
import nl.dictu.tvs.portal.document.seal.SealRequest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times generating, PDF/A-converting and sealing each document type against three floors: PDFBox
 * writing a one-page document with one line in a standard (not embedded) font, the same with
 * the embedded subset font PDF/A requires, and the least any portal PDF can be (that line, PDF/A
 * metadata and the seal). All cases are warmed up first, then timed one call at a
 * time in rounds (one call per case per round); the median and 95th percentile are printed.
 *
 * <p>Run: {@code ./mvnw -q -pl workflow test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.dictu.tvs.portal.document.bench.DocumentBenchmark [-Dexec.args="2000 300"]}
 * (arguments: warm-up milliseconds per case, timed iterations per case).
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) {
        long warmUpMillis = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        DocumentService service = DocumentFixtures.SERVICE;
        IssueContext context = DocumentFixtures.DUTCH;

        Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
        cases.put("floor: 1 page, 1 line, Helvetica (not embedded)", () -> onePage(false));
        cases.put("floor: 1 page, 1 line, embedded subset font", () -> onePage(true));
        DocumentSealer sealer = new DocumentSealer(DocumentFixtures.KEYS);
        cases.put("least a portal PDF can be: 1 line, PDF/A, sealed", () -> onePageArchivedAndSealed(sealer));
        cases.put("receipt (2 pages)", () -> service.receipt(SampleDocuments.receipt(), context).content());
        cases.put("checklist assessment, 60 items (5 pages)",
                () -> service.checklistAssessment(SampleDocuments.assessment(60), context).content());
        cases.put("preproduction approval (1 page)",
                () -> service.preproductionApproval(SampleDocuments.approval(), context).content());
        cases.put("production confirmation (1 page)",
                () -> service.productionConfirmation(SampleDocuments.production(), context).content());
        cases.put("dossier, PDF/A-3 + JSON (7 pages)",
                () -> service.dossier(SampleDocuments.dossier(), context).content());

        List<String> names = new ArrayList<>(cases.keySet());
        List<Supplier<byte[]>> tasks = new ArrayList<>(cases.values());
        int[] sizes = warmUp(tasks, warmUpMillis);
        double[][] millis = new double[tasks.size()][iterations];
        double[][] cpuMillis = new double[tasks.size()][iterations];
        time(tasks, millis, cpuMillis);

        System.out.println("wall clock (what a caller waits):");
        report(names, sizes, millis);
        System.out.println("thread CPU time (the work itself; on a loaded machine the wall clock of a long case"
                + " also counts the time other processes held the cores):");
        report(names, sizes, cpuMillis);
    }

    private static void report(List<String> names, int[] sizes, double[][] millis) {
        System.out.printf("%-48s %10s %10s %10s %s%n", "case", "median ms", "p95 ms", "bytes",
                "median / p95 vs floor; median vs embedded-font floor; median vs least portal PDF");
        double floor = percentile(millis[0], 50);
        double floor95 = percentile(millis[0], 95);
        double embeddedFloor = percentile(millis[1], 50);
        double least = percentile(millis[2], 50);
        for (int c = 0; c < names.size(); c++) {
            double median = percentile(millis[c], 50);
            double p95 = percentile(millis[c], 95);
            String ratios = c > 1 ? String.format("%.1fx / %.1fx; %.1fx", median / floor, p95 / floor95,
                    median / embeddedFloor) + (c > 2 ? String.format("; %.1fx", median / least) : "") : "";
            System.out.printf("%-48s %10.2f %10.2f %10d %s%n", names.get(c), median, p95, sizes[c], ratios);
        }
    }

    private static int[] warmUp(List<Supplier<byte[]>> tasks, long millis) {
        long end = System.nanoTime() + millis * 1_000_000 * tasks.size();
        int[] sizes = new int[tasks.size()];
        while (System.nanoTime() < end) {
            for (int c = 0; c < tasks.size(); c++) {
                sizes[c] = tasks.get(c).get().length;
            }
        }
        return sizes;
    }

    /**
     * Round robin: one call of each case per round, so that load from other processes on a shared
     * machine falls on all cases alike and the ratios stay meaningful.
     */
    private static void time(List<Supplier<byte[]>> tasks, double[][] millis, double[][] cpuMillis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < millis[0].length; i++) {
            for (int c = 0; c < tasks.size(); c++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                sink += tasks.get(c).get().length;
                millis[c][i] = (System.nanoTime() - start) / 1e6;
                cpuMillis[c][i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        for (int c = 0; c < tasks.size(); c++) {
            Arrays.sort(millis[c]);
            Arrays.sort(cpuMillis[c]);
        }
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * What every document the portal issues must at least cost: one line in the embedded subset font, the PDF/A
     * metadata (XMP, sRGB output intent, language), and the seal (reload, incremental update, CMS, RSA-3072).
     */
    private static byte[] onePageArchivedAndSealed(DocumentSealer sealer) {
        try {
            byte[] archival = onePage(true, document -> ArchivalMetadata.apply(document, new ArchiveDescription("Ontvangstbevestiging",
                    "Ontvangstbevestiging TVS-2026-00042", "DICTU", "TVS Aansluitportaal", Locale.forLanguageTag("nl-NL"),
                    SampleDocuments.ISSUED_AT, new byte[16], PdfaPart.PDFA_2B)));
            return sealer.seal(archival, new SealRequest(SampleDocuments.ISSUED_AT, "Verzegeld", "Den Haag", 42L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] onePage(boolean embedded) {
        return onePage(embedded, document -> { });
    }

    private static byte[] onePage(boolean embedded, BeforeSave beforeSave) {
        try (PDDocument document = new PDDocument();
             DocumentFonts fonts = embedded ? DocumentFonts.loadInto(document) : null) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = embedded ? fonts.regular().font() : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 720);
                content.showText("Ontvangstbevestiging TVS-2026-00042");
                content.endText();
            }
            beforeSave.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface BeforeSave {
        void apply(PDDocument document) throws IOException;
    }
}
