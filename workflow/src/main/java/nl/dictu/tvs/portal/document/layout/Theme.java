package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;

/**
 * The look of every document: A4, generous margins, dark blue (#154273) headings in the manner of
 * the Rijkshuisstijl, dark grey body text. All measures are in PDF points (1/72 inch).
 */
public final class Theme {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN_LEFT = 72;
    public static final float MARGIN_RIGHT = 62;
    public static final float CONTENT_TOP = PAGE.getHeight() - 100;
    public static final float CONTENT_BOTTOM = 74;
    public static final float CONTENT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

    public static final Color PRIMARY = new Color(0x15, 0x42, 0x73);
    public static final Color TEXT = new Color(0x1F, 0x25, 0x2B);
    public static final Color MUTED = new Color(0x5C, 0x66, 0x70);
    public static final Color RULE = new Color(0xC9, 0xD3, 0xDD);
    public static final Color STRIPE = new Color(0xF1, 0xF4, 0xF8);
    public static final Color ON_PRIMARY = Color.WHITE;

    public static final float TITLE_SIZE = 17;
    public static final float HEADING_SIZE = 12;
    public static final float BODY_SIZE = 10;
    public static final float LABEL_SIZE = 9.5f;
    public static final float TABLE_SIZE = 9;
    public static final float SMALL_SIZE = 7.5f;

    /** Line height as a multiple of the font size. */
    public static final float LEADING = 1.42f;
    public static final float CELL_PADDING = 4.5f;
    public static final float PARAGRAPH_GAP = 8;
    public static final float SECTION_GAP = 16;

    private Theme() {
    }

    public static float leading(float size) {
        return size * LEADING;
    }
}
