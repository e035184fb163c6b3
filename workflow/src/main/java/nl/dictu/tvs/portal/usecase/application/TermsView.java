package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.terms.TermsVersion;

import java.util.Locale;

/** A terms version as the pages show it. */
public record TermsView(String label, String textNl, String textEn) {

    static TermsView of(TermsVersion terms) {
        return new TermsView(terms.getLabel(), terms.getTextNl(), terms.getTextEn());
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }
}
