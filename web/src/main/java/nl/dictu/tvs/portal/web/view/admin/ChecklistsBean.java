package nl.dictu.tvs.portal.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.administration.ChecklistItemInput;
import nl.dictu.tvs.portal.usecase.administration.PublicationVersionView;
import nl.dictu.tvs.portal.domain.checklist.ChecklistApplicability;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;

import java.util.ArrayList;
import java.util.List;

/** Checklist versions: list, a new draft from the current version, edit the draft's items, publish. */
@Named
@ViewScoped
public class ChecklistsBean extends PublicationVersionsBean {

    private static final long serialVersionUID = 1L;

    private List<ChecklistItemInput> items = new ArrayList<>();

    @Override
    protected List<PublicationVersionView> loadVersions(SignedInUser actor) {
        return administration.checklistVersions(actor);
    }

    @Override
    protected void createDraft(SignedInUser actor, String label) {
        administration.newChecklistDraft(actor, label);
    }

    @Override
    protected void loadSelected(SignedInUser actor, String label) {
        items = new ArrayList<>(administration.checklistItems(actor, label));
    }

    @Override
    protected void saveSelected(SignedInUser actor, String label) {
        administration.saveChecklistItems(actor, label, items);
    }

    @Override
    protected void publishSelected(SignedInUser actor, String label) {
        administration.publishChecklist(actor, label);
    }

    public List<ChecklistApplicability> getApplicabilities() {
        return List.of(ChecklistApplicability.values());
    }

    public List<ChecklistPhase> getPhases() {
        return List.of(ChecklistPhase.values());
    }

    public void addItem() {
        items.add(new ChecklistItemInput());
    }

    public void removeItem(ChecklistItemInput item) {
        items.remove(item);
    }

    public List<ChecklistItemInput> getItems() {
        return items;
    }
}
