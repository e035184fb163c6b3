package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.document.layout.Theme.*;

/**
 * Flows content down A4 pages, top to bottom, starting a new page when the next block does not
 * fit. Each block is measured before it is drawn, so nothing is cut off at the bottom edge; a
 * heading is kept with the first lines after it. Call {@link #finish(PageDecoration)} once at the
 * end: only then is the page count known, so header and footer are stamped on every page in that
 * second pass.
 */
public final class PageLayout {

    private static final float BULLET_INDENT = 14;
    private static final int MIN_ROWS_WITH_HEADER = 2;
    private static final float HEADING_GAP = 6;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private List<String> pendingHeading;
    private final StructureTree structure;

    public PageLayout(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        document.getDocumentCatalog().setDocumentOutline(outline);
        this.structure = new StructureTree(document);
    }

    /**
     * A document title, at the top of a fresh page unless the current page is still empty. It is
     * also a bookmark, so a dossier has a table of contents in the reader's side panel.
     */
    public void title(String text) throws IOException {
        flushHeading();
        if (page == null || y < CONTENT_TOP) {
            newPage();
        }
        List<String> lines = TextWrapper.wrap(text, fonts.bold(), TITLE_SIZE, CONTENT_WIDTH);
        bookmark(text);
        drawLines(lines, fonts.bold(), TITLE_SIZE, MARGIN_LEFT, PRIMARY, structure.add("H1", null));
        y -= 6;
        fillRect(MARGIN_LEFT, y - 2, 48, 2.5f, PRIMARY);
        y -= 2 + SECTION_GAP;
    }

    /**
     * A section heading. It is drawn together with the start of the next block, so that it always
     * lands on the same page as that block (the first lines of a paragraph, the header row and
     * first rows of a table) and never alone at the bottom of a page.
     */
    public void heading(String text) throws IOException {
        flushHeading();
        pendingHeading = TextWrapper.wrap(text, fonts.bold(), HEADING_SIZE, CONTENT_WIDTH);
    }

    private void flushHeading() throws IOException {
        if (pendingHeading != null) {
            ensureRoom(0);
        }
    }

    private float headingHeight(List<String> lines) {
        return HEADING_GAP + lines.size() * leading(HEADING_SIZE) + 4;
    }

    public void paragraph(String text) throws IOException {
        paragraph(text, fonts.regular());
    }

    public void strongParagraph(String text) throws IOException {
        paragraph(text, fonts.bold());
    }

    private void paragraph(String text, FontFace face) throws IOException {
        List<String> lines = TextWrapper.wrap(text, face, BODY_SIZE, CONTENT_WIDTH);
        ensureRoom(leading(BODY_SIZE));
        PDStructureElement paragraph = structure.add("P", null);
        for (String line : lines) {
            ensureRoom(leading(BODY_SIZE));
            drawLines(List.of(line), face, BODY_SIZE, MARGIN_LEFT, TEXT, paragraph);
        }
        y -= PARAGRAPH_GAP;
    }

    public void bullets(List<String> items) throws IOException {
        float textX = MARGIN_LEFT + BULLET_INDENT;
        ensureRoom(leading(BODY_SIZE));
        PDStructureElement list = structure.add("L", null);
        for (String item : items) {
            List<String> lines = TextWrapper.wrap(item, fonts.regular(), BODY_SIZE, CONTENT_WIDTH - BULLET_INDENT);
            ensureRoom(Math.min(lines.size(), 2) * leading(BODY_SIZE));
            PDStructureElement body = structure.add("LBody", structure.add("LI", list));
            fillRect(MARGIN_LEFT + 3, y - BODY_SIZE * 0.93f, 3.2f, 3.2f, PRIMARY);
            for (String line : lines) {
                ensureRoom(leading(BODY_SIZE));
                drawLines(List.of(line), fonts.regular(), BODY_SIZE, textX, TEXT, body);
            }
            y -= 3;
        }
        y -= PARAGRAPH_GAP - 3;
    }

    /** Label/value pairs in two columns, labels muted; a pair is never split over two pages. */
    public void fields(List<Field> fields) throws IOException {
        float labelWidth = CONTENT_WIDTH * 0.32f;
        float valueX = MARGIN_LEFT + labelWidth + 8;
        float valueWidth = CONTENT_WIDTH - labelWidth - 8;
        ensureRoom(leading(BODY_SIZE));
        PDStructureElement table = structure.add("Table", null);
        for (Field field : fields) {
            List<String> labels = TextWrapper.wrap(field.label(), fonts.regular(), LABEL_SIZE, labelWidth);
            List<String> values = TextWrapper.wrap(field.value(), fonts.regular(), BODY_SIZE, valueWidth);
            float height = Math.max(labels.size() * leading(LABEL_SIZE), values.size() * leading(BODY_SIZE));
            ensureRoom(height);
            float top = y;
            PDStructureElement row = structure.add("TR", table);
            drawLines(labels, fonts.regular(), LABEL_SIZE, MARGIN_LEFT, MUTED, structure.add("TH", row));
            y = top;
            drawLines(values, fonts.regular(), BODY_SIZE, valueX, TEXT, structure.add("TD", row));
            y = top - height - 3;
        }
        y -= PARAGRAPH_GAP;
    }

    /**
     * A table with a dark header row and striped body rows. When a row does not fit, the table
     * continues on a new page and the header row is drawn again there.
     */
    public void table(TableModel table) throws IOException {
        float[] widths = columnWidths(table.columns());
        List<List<String>> header = wrapRow(table.columns().stream().map(Column::header).toList(),
                widths, fonts.bold());
        float headerHeight = rowHeight(header);
        List<List<List<String>>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            rows.add(wrapRow(row, widths, fonts.regular()));
        }
        // Start on a new page rather than leave the header with a single orphaned row.
        float opening = 0;
        for (int i = 0; i < Math.min(MIN_ROWS_WITH_HEADER, rows.size()); i++) {
            opening += rowHeight(rows.get(i));
        }
        ensureRoom(headerHeight + opening);
        PDStructureElement element = structure.add("Table", null);
        drawRow(header, widths, headerHeight, fonts.bold(), PRIMARY, ON_PRIMARY, element, "TH");
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> row = rows.get(i);
            float height = rowHeight(row);
            if (y - height < CONTENT_BOTTOM) {
                newPage();
                // A repeated header row is page furniture: the table has one header row.
                drawRow(header, widths, headerHeight, fonts.bold(), PRIMARY, ON_PRIMARY, null, null);
            }
            drawRow(row, widths, height, fonts.regular(), i % 2 == 1 ? STRIPE : null, TEXT, element, "TD");
            strokeLine(MARGIN_LEFT, y, MARGIN_LEFT + CONTENT_WIDTH, y, RULE, 0.5f);
        }
        y -= SECTION_GAP;
    }

    public void space(float points) {
        y -= points;
    }

    /** Stamps header and footer on every page and closes the last content stream. */
    public void finish(PageDecoration decoration) throws IOException {
        flushHeading();
        closeContent();
        structure.finish();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage p = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, p, AppendMode.APPEND, true, true)) {
                new PageFrame(stream, fonts).draw(decoration, i + 1, total);
            }
        }
    }

    private void ensureRoom(float height) throws IOException {
        float heading = pendingHeading == null ? 0 : headingHeight(pendingHeading);
        if (page == null || y - heading - height < CONTENT_BOTTOM) {
            newPage();
        }
        if (pendingHeading != null) {
            List<String> lines = pendingHeading;
            pendingHeading = null;
            if (y < CONTENT_TOP) {
                y -= HEADING_GAP;
            }
            drawLines(lines, fonts.bold(), HEADING_SIZE, MARGIN_LEFT, PRIMARY, structure.add("H2", null));
            y -= 4;
        }
    }

    private void newPage() throws IOException {
        closeContent();
        page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, true);
        y = CONTENT_TOP;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void bookmark(String text) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop((int) PAGE.getHeight());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(text);
        item.setDestination(destination);
        outline.addLast(item);
    }

    private float[] columnWidths(List<Column> columns) {
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = CONTENT_WIDTH * columns.get(i).weight() / total;
        }
        return widths;
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, FontFace face) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(TextWrapper.wrap(cells.get(i), face, TABLE_SIZE, widths[i] - 2 * CELL_PADDING));
        }
        return wrapped;
    }

    private static float rowHeight(List<List<String>> row) {
        int lines = 1;
        for (List<String> cell : row) {
            lines = Math.max(lines, cell.size());
        }
        return lines * leading(TABLE_SIZE) + 2 * CELL_PADDING;
    }

    /** Draws a row; with a null table the row is marked as an artifact instead of tagged. */
    private void drawRow(List<List<String>> cells, float[] widths, float height, FontFace face,
                         Color background, Color color, PDStructureElement table, String cellType)
            throws IOException {
        PDStructureElement row = table == null ? null : structure.add("TR", table);
        if (background != null) {
            fillRect(MARGIN_LEFT, y - height, CONTENT_WIDTH, height, background);
        }
        float top = y - CELL_PADDING;
        float x = MARGIN_LEFT;
        for (int i = 0; i < cells.size(); i++) {
            y = top;
            drawLines(cells.get(i), face, TABLE_SIZE, x + CELL_PADDING, color,
                    row == null ? null : structure.add(cellType, row));
            x += widths[i];
        }
        y = top + CELL_PADDING - height;
    }

    /** Draws lines from the cursor down; the cursor ends below the last line. */
    /** Draws lines from the cursor down as content of the element (an artifact when null). */
    private void drawLines(List<String> lines, FontFace face, float size, float x, Color color,
                           PDStructureElement element) throws IOException {
        if (element == null) {
            StructureTree.beginArtifact(content);
        } else {
            structure.begin(content, page, element);
        }
        content.beginText();
        content.setFont(face.font(), size);
        content.setNonStrokingColor(color);
        float leading = leading(size);
        content.newLineAtOffset(x, y - size * 1.05f);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                content.newLineAtOffset(0, -leading);
            }
            content.showText(lines.get(i));
        }
        content.endText();
        StructureTree.end(content);
        y -= lines.size() * leading;
    }

    private void fillRect(float x, float bottom, float width, float height, Color color) throws IOException {
        StructureTree.beginArtifact(content);
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, width, height);
        content.fill();
        StructureTree.end(content);
    }

    private void strokeLine(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        StructureTree.beginArtifact(content);
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        StructureTree.end(content);
    }
}
