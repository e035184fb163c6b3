package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.usecase.application.ApplicantKindView;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentView;
import nl.dictu.tvs.portal.usecase.cluster.ClusterMemberView;

import java.util.List;

/**
 * The reviewer's application page as it opens: the dossier, the checklist's state, the submitted content, the
 * organisation's kind, for a supplier's cluster application the served organisations (empty otherwise), and whether
 * DICTU may end its connection now.
 */
public record ReviewerApplicationView(DossierView dossier, ChecklistStatus checklist, SubmittedContentView content,
        ApplicantKindView applicantKind, List<ClusterMemberView> clusterMembers, boolean terminable) {

    public ReviewerApplicationView {
        clusterMembers = List.copyOf(clusterMembers);
    }
}
