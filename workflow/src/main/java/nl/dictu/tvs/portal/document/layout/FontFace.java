package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded font plus what layout asks of it many times: the width of a code point (cached,
 * since PDFBox encodes on every width call) and whether the font has a glyph for it.
 */
public final class FontFace {

    private static final int REPLACEMENT = '?';

    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();

    FontFace(PDType0Font font) {
        this.font = font;
    }

    public PDType0Font font() {
        return font;
    }

    /** Width of the text in points at the given size. */
    public float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += unitWidth(cp);
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    float width(int codePoint, float size) {
        return unitWidth(codePoint) / 1000f * size;
    }

    /**
     * The text with control characters turned into spaces and characters this font cannot show
     * turned into '?', so that user input can never make rendering fail.
     */
    public String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' '
                    : hasGlyph(cp) ? cp : REPLACEMENT;
            if (shown != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(shown);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private boolean hasGlyph(int cp) {
        return font.getCmapLookup().getGlyphId(cp) != 0;
    }

    private float unitWidth(int cp) {
        return widths.computeIfAbsent(cp, this::measure);
    }

    private float measure(int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            if (cp == REPLACEMENT) {
                throw new UncheckedIOException(new IOException("Font cannot measure '?'", e));
            }
            return unitWidth(REPLACEMENT);
        }
    }
}
