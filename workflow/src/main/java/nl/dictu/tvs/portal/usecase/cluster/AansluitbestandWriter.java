package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.usecase.overview.CsvLine;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an aansluitbestand in the form {@link AansluitbestandReader} reads: the header, then every member,
 * connected and disconnected. In the workbook the OINs are text cells (a number would lose the leading zeros)
 * and the dates are text {@code yyyy-MM-dd}, so the file reads back as it was written.
 */
public final class AansluitbestandWriter {

    /** The sheet's name in the workbook. */
    public static final String SHEET = "Aansluitbestand";
    private static final int[] COLUMN_WIDTHS = {24, 48, 14, 14};

    private AansluitbestandWriter() {
    }

    public static byte[] write(List<AansluitbestandRow> rows, AansluitbestandFormat format) {
        return format == AansluitbestandFormat.XLSX ? xlsx(rows) : csv(rows);
    }

    /** As the portal's other CSV files: with the byte order mark Excel needs, quoted where needed (RFC 4180). */
    static byte[] csv(List<AansluitbestandRow> rows) {
        StringBuilder text = new StringBuilder(CsvLine.BYTE_ORDER_MARK).append(CsvLine.of(AansluitbestandReader.HEADER));
        for (AansluitbestandRow row : rows) {
            text.append(CsvLine.of(cells(row)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<AansluitbestandRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < AansluitbestandReader.HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(AansluitbestandReader.HEADER.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, COLUMN_WIDTHS[i] * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            int index = 1;
            for (AansluitbestandRow member : rows) {
                Row row = sheet.createRow(index++);
                List<String> cells = cells(member);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory failed", e);
        }
    }

    private static List<String> cells(AansluitbestandRow row) {
        return List.of(row.oin(), row.name(), row.connectedOn().toString(),
                row.disconnectedOn().map(Object::toString).orElse(""));
    }
}
