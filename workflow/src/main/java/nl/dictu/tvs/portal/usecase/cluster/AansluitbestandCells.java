package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.trust.input.StrictUtf8;
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
 * The cells of an aansluitbestand as text, row by row with the row number a person sees (1 = the header):
 * from the first sheet of a workbook (a date cell as {@code yyyy-MM-dd}) or from UTF-8 text with
 * {@code ;}-separated fields. Empty when the bytes are not such a file.
 */
final class AansluitbestandCells {

    record TableRow(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private AansluitbestandCells() {
    }

    static Optional<List<TableRow>> read(byte[] content, AansluitbestandFormat format) {
        return format == AansluitbestandFormat.XLSX ? xlsx(content) : csv(content);
    }

    private static Optional<List<TableRow>> csv(byte[] content) {
        return StrictUtf8.decode(content).map(text -> {
            String[] lines = (text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text).split("\r?\n", -1);
            List<TableRow> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                rows.add(new TableRow(i + 1, fields(lines[i])));
            }
            return rows;
        });
    }

    /** The {@code ;}-separated fields of one line, a field in double quotes (doubled inside) as one field. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static Optional<List<TableRow>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Optional.of(List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<TableRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int column = 0; column < Math.max(last, 0); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(new TableRow(row.getRowNum() + 1, cells));
            }
            return Optional.of(rows);
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI reports a file that is no workbook (or a damaged one) with unchecked exceptions of its own
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
        return formatter.formatCellValue(cell).strip();
    }
}
