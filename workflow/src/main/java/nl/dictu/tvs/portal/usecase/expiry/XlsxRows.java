package nl.dictu.tvs.portal.usecase.expiry;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the first sheet of an XLSX workbook as text rows, numbered as Excel numbers them. A date cell
 * becomes {@code yyyy-MM-dd}; every other cell the text Excel shows.
 */
public final class XlsxRows {

    /** The zip signature every XLSX starts with. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private XlsxRows() {
    }

    public static boolean looksLikeXlsx(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /** The rows, or empty when the content is no readable workbook. */
    public static Optional<List<ImportRow>> read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Optional.of(List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<ImportRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    fields.add(text(row.getCell(column), formatter));
                }
                rows.add(new ImportRow(row.getRowNum() + 1, fields));
            }
            return Optional.of(rows);
        } catch (IOException | RuntimeException e) { // POI reports a malformed workbook with runtime exceptions of several kinds
            return Optional.empty();
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
