package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;

/** Lays out what a document says, in the document's language. */
@FunctionalInterface
interface DocumentBody {

    void layOut(PageLayout layout, DocumentText text) throws IOException;
}
