package nl.dictu.tvs.portal.document.layout;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The two faces every document uses, DejaVu Sans regular and bold (Bitstream Vera licence, shipped
 * beside the files), embedded as subsets as PDF/A demands, so a document carries only the glyphs
 * it uses.
 *
 * <p>Parsing the two 700 kB font files is most of the cost of a small PDF, so parsed fonts are
 * pooled: a document borrows a parsed pair, and {@link #close()} returns it once the document has
 * been saved (subsetting reads the font during the save). A parsed font is used by one document at
 * a time, because fontbox's TrueTypeFont is not thread-safe; the pool grows to the number of
 * documents generated at the same time and no further. PDFBox does not close a font loaded this
 * way, which is what makes the reuse possible.
 */
public final class DocumentFonts implements AutoCloseable {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final Queue<ParsedPair> POOL = new ConcurrentLinkedQueue<>();

    private final ParsedPair parsed;
    private final FontFace regular;
    private final FontFace bold;

    private DocumentFonts(ParsedPair parsed, FontFace regular, FontFace bold) {
        this.parsed = parsed;
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces into the document, as subsets to embed. Close after saving the document. */
    public static DocumentFonts loadInto(PDDocument document) throws IOException {
        ParsedPair parsed = POOL.poll();
        if (parsed == null) {
            parsed = new ParsedPair(parse(REGULAR), parse(BOLD));
        }
        return new DocumentFonts(parsed,
                new FontFace(PDType0Font.load(document, parsed.regular(), true)),
                new FontFace(PDType0Font.load(document, parsed.bold(), true)));
    }

    public FontFace regular() {
        return regular;
    }

    public FontFace bold() {
        return bold;
    }

    /** Returns the parsed fonts to the pool; the document must have been saved. */
    @Override
    public void close() {
        POOL.offer(parsed);
    }

    /**
     * Glyph substitution (GSUB: ccmp, liga, clig) is switched off: PDFBox ran it on every shown
     * string and it was the largest single cost of laying out a page. Our text is precomposed
     * (ë, ï, é, ĳ are single code points with their own glyphs in DejaVu), so each character
     * maps straight to its glyph through the cmap; only optional ligatures are lost, which also
     * keeps text extraction one glyph per character.
     */
    private static TrueTypeFont parse(byte[] data) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        font.setEnableGsub(false);
        return font;
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

    private record ParsedPair(TrueTypeFont regular, TrueTypeFont bold) {
    }
}
