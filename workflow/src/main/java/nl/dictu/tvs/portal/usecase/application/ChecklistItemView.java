package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.checklist.ChecklistApplicability;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;

import java.util.Locale;

/** One checklist item as the pages show it. */
public record ChecklistItemView(String code, ChecklistApplicability appliesTo, String textNl, String textEn) {

    static ChecklistItemView of(ChecklistItem item) {
        return new ChecklistItemView(item.code(), item.appliesTo(), item.textNl(), item.textEn());
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }
}
