package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;

import java.util.List;

/**
 * One organisation a supplier's draft cluster application serves, as the wizard and API v1 show it: OIN, name (the
 * OIN while the portal does not know it), services, whether it is on the ALB list now and, if not, the RvIG decision
 * uploaded for it (null while none is), and the items it answers itself instead of taking the cluster's answer.
 */
public record DraftMemberView(String oin, String name, List<String> services, boolean onAlbList, FileRef albDecision,
                              List<String> ownChecklistItems) {

    public DraftMemberView {
        services = List.copyOf(services);
        ownChecklistItems = List.copyOf(ownChecklistItems);
    }

    /** Not on the ALB list and without its decision: the submission is refused until it has one. */
    public boolean needsDecision() {
        return !onAlbList && albDecision == null;
    }
}
