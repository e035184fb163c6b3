package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.util.Locale;

/**
 * The name a document is downloaded under: its kind, the application and its version or round, in
 * the document's language ({@code ontvangstbevestiging-TVS-2026-00042-v3.pdf},
 * {@code checklist-assessment-TVS-2026-00042-round-2.pdf}), so no two documents of an application
 * share one. Made when it is read, so documents issued before keep their place in the list.
 */
final class DownloadName {

    private DownloadName() {
    }

    static String of(DocumentKind kind, String reference, int round, String language) {
        return Bundle.text(Locale.forLanguageTag(language), "document.downloadName." + kind.name(),
                reference, String.valueOf(round));
    }
}
