package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two faces every document uses, DejaVu Sans regular and bold (Bitstream Vera licence, shipped
 * beside the files). PDF/A demands embedded fonts; they are embedded as subsets, so a document
 * carries only the glyphs it uses. The font files are read from the class path once and kept in
 * memory: parsing them per document is the largest fixed cost of a small PDF.
 */
public final class DocumentFonts {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private final FontFace regular;
    private final FontFace bold;

    private DocumentFonts(FontFace regular, FontFace bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces into the document, as subsets to embed. */
    public static DocumentFonts loadInto(PDDocument document) throws IOException {
        return new DocumentFonts(
                new FontFace(PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true)),
                new FontFace(PDType0Font.load(document, new ByteArrayInputStream(BOLD), true)));
    }

    public FontFace regular() {
        return regular;
    }

    public FontFace bold() {
        return bold;
    }

    private static byte[] read(String name) {
        String path = "/nl/dictu/tvs/portal/document/fonts/" + name;
        try (InputStream in = DocumentFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + path, e);
        }
    }
}
