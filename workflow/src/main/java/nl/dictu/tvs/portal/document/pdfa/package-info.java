/**
 * What makes a PDF archivable (PDF/A-2b, or PDF/A-3b when it carries associated files): XMP
 * metadata consistent with the document information dictionary, an sRGB output intent, the
 * document language, a trailer ID derived from the content, and PDF/A-3 associated files.
 */
package nl.dictu.tvs.portal.document.pdfa;
