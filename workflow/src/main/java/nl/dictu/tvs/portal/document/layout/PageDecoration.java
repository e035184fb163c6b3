package nl.dictu.tvs.portal.document.layout;

import java.util.function.BiFunction;

/**
 * What goes on every page around the content: product name and reference in the header, a seal
 * note and the page number in the footer. The page label is a function because the page count is
 * only known after layout.
 */
public record PageDecoration(
        String productName,
        String reference,
        String footerNote,
        BiFunction<Integer, Integer, String> pageLabel) {
}
