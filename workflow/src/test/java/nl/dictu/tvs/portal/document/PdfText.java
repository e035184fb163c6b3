package nl.dictu.tvs.portal.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Text of a PDF as PDFBox extracts it, whole or per page. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        List<String> pages = pages(pdf);
        return String.join("\n", pages);
    }

    public static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with line breaks turned into spaces, for values a layout may have wrapped. */
    public static String flattened(byte[] pdf) {
        return of(pdf).replaceAll("\\s+", " ");
    }

    /** The text without any whitespace, for a long word the layout broke over lines. */
    public static String withoutWhitespace(byte[] pdf) {
        return of(pdf).replaceAll("\\s+", "");
    }
}
