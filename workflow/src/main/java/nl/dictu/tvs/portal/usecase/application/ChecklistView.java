package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;

import java.util.List;
import java.util.Set;

/**
 * A checklist version with its items in order; {@link #applicable} picks what an application must
 * answer, {@link #applicableAt} what a phase asks (the production request the production items).
 */
public record ChecklistView(long id, String label, boolean published, List<ChecklistItemView> items) {

    public static ChecklistView of(ChecklistDefinition definition) {
        return new ChecklistView(definition.getId(), definition.getLabel(), definition.isPublished(),
                definition.items().stream().map(ChecklistItemView::of).toList());
    }

    public List<ChecklistItemView> applicable(Set<LoginMeans> loginMeans, boolean eenmaligInloggen) {
        return applicableAt(ChecklistPhase.PREPRODUCTION, loginMeans, eenmaligInloggen);
    }

    public List<ChecklistItemView> applicableAt(ChecklistPhase phase, Set<LoginMeans> loginMeans, boolean eenmaligInloggen) {
        return items.stream().filter(item -> item.phase() == phase)
                .filter(item -> item.appliesTo().appliesTo(loginMeans, eenmaligInloggen)).toList();
    }
}
