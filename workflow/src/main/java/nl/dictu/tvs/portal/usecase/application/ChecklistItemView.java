package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.checklist.ChecklistApplicability;
import nl.dictu.tvs.portal.domain.checklist.ChecklistItem;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;

import java.io.Serializable;
import java.util.Locale;

/**
 * One checklist item as the pages show it, with the document it comes from (title, version or
 * date, address where public) and whether its text is provisional until the source's owner supplies it.
 */
public record ChecklistItemView(String code, ChecklistApplicability appliesTo, ChecklistPhase phase, String textNl,
                                String textEn, String sourceTitle, String sourceVersion, String sourceUrl,
                                boolean provisional) implements Serializable {

    static ChecklistItemView of(ChecklistItem item) {
        return new ChecklistItemView(item.code(), item.appliesTo(), item.phase(), item.textNl(), item.textEn(),
                item.source().title(), item.source().version().orElse(null), item.source().url().orElse(null),
                item.provisional());
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textNl;
    }
}
