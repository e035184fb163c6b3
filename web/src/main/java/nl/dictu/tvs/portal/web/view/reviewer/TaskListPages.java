package nl.dictu.tvs.portal.web.view.reviewer;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which page of the task list is shown, out of how many: the page asked for in the address, held
 * within the pages there are (a page that emptied since its link was made shows the last one).
 *
 * @param number the page shown, from 1
 * @param size   rows per page
 * @param total  rows in the whole view
 */
public record TaskListPages(int number, int size, long total) implements Serializable {

    /** How many page links show around the current one. */
    static final int WINDOW = 7;

    public TaskListPages {
        if (size < 1 || number < 1 || total < 0) {
            throw new IllegalArgumentException("page " + number + " of size " + size + " and total " + total);
        }
    }

    /** The page asked for, held within the pages there are. */
    public static TaskListPages of(int asked, int size, long total) {
        return new TaskListPages(Math.min(Math.max(1, asked), lastOf(size, total)), size, total);
    }

    public int last() {
        return lastOf(size, total);
    }

    /** The number of the last page; 1 for an empty view, which shows one empty page. */
    private static int lastOf(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The first row of this page, from 0, as the query's offset. */
    public int offset() {
        return (number - 1) * size;
    }

    /** The first row shown, from 1, for the page report (0 when the view is empty). */
    public long firstShown() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long lastShown() {
        return Math.min(total, (long) number * size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < last();
    }

    /** Whether there is more than one page, so a paginator is worth showing. */
    public boolean several() {
        return last() > 1;
    }

    /** The page numbers linked around the current one: at most {@value #WINDOW}, the current one in the middle. */
    public List<Integer> window() {
        int from = Math.max(1, Math.min(number - WINDOW / 2, last() - WINDOW + 1));
        int to = Math.min(last(), from + WINDOW - 1);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
