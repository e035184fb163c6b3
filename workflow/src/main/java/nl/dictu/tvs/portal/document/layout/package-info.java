/**
 * A small layout layer on PDFBox: a cursor that flows headings, paragraphs (word wrapped, long
 * words broken), label/value blocks, bullet lists and tables (broken across pages with the header
 * row repeated) down A4 pages, and a final pass that stamps the header and "page x of y" footer
 * once the page count is known. Everything drawn is tagged (logical structure) or marked as an
 * artifact. No HTML, no templates: what a document says is in its generator,
 * how it looks is here and in {@link nl.dictu.tvs.portal.document.layout.Theme}.
 */
package nl.dictu.tvs.portal.document.layout;
