package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;

import static nl.dictu.tvs.portal.document.layout.Theme.*;

/**
 * Draws the frame around one page's content: a blue ribbon at the top centre, the product name
 * and reference in the header, the seal note and "page x of y" in the footer.
 */
final class PageFrame {

    private static final float RIBBON_WIDTH = 26;
    private static final float RIBBON_HEIGHT = 54;
    private static final float HEADER_BASELINE = PAGE.getHeight() - 74;
    private static final float FOOTER_BASELINE = 44;

    private final PDPageContentStream stream;
    private final DocumentFonts fonts;

    PageFrame(PDPageContentStream stream, DocumentFonts fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    /** Draws the frame, all of it marked as a pagination artifact so assistive technology skips it. */
    void draw(PageDecoration decoration, int pageNumber, int pageCount) throws IOException {
        StructureTree.beginArtifact(stream);
        float centre = PAGE.getWidth() / 2;
        stream.setNonStrokingColor(PRIMARY);
        stream.addRect(centre - RIBBON_WIDTH / 2, PAGE.getHeight() - RIBBON_HEIGHT, RIBBON_WIDTH, RIBBON_HEIGHT);
        stream.fill();

        float right = PAGE.getWidth() - MARGIN_RIGHT;
        text(fonts.bold(), 9, PRIMARY, MARGIN_LEFT, HEADER_BASELINE, decoration.productName());
        rightAligned(fonts.regular(), 9, MUTED, right, HEADER_BASELINE, decoration.reference());
        rule(HEADER_BASELINE - 8);

        rule(FOOTER_BASELINE + 12);
        String label = decoration.pageLabel().apply(pageNumber, pageCount);
        rightAligned(fonts.regular(), 8, MUTED, right, FOOTER_BASELINE, label);
        float noteWidth = right - MARGIN_LEFT - fonts.regular().width(label, 8) - 16;
        String note = fit(decoration.footerNote(), SMALL_SIZE, noteWidth);
        text(fonts.regular(), SMALL_SIZE, MUTED, MARGIN_LEFT, FOOTER_BASELINE, note);
        StructureTree.end(stream);
    }

    private String fit(String text, float size, float width) {
        String printable = fonts.regular().printable(text);
        if (fonts.regular().width(printable, size) <= width) {
            return printable;
        }
        return TextWrapper.wrap(printable, fonts.regular(), size, width).get(0);
    }

    private void rule(float at) throws IOException {
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.6f);
        stream.moveTo(MARGIN_LEFT, at);
        stream.lineTo(PAGE.getWidth() - MARGIN_RIGHT, at);
        stream.stroke();
    }

    private void rightAligned(FontFace face, float size, Color color, float right, float baseline, String text)
            throws IOException {
        String printable = face.printable(text);
        text(face, size, color, right - face.width(printable, size), baseline, printable);
    }

    private void text(FontFace face, float size, Color color, float x, float baseline, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(face.printable(text));
        stream.endText();
    }
}
