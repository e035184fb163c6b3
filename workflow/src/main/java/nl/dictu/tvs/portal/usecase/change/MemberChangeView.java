package nl.dictu.tvs.portal.usecase.change;

import java.io.Serializable;
import java.util.List;

/**
 * What a change request about a served organisation of a cluster connection carries, as the applicant and the
 * reviewers read it.
 *
 * @param action               {@code ADD} or {@code REMOVE}
 * @param services             the organisation's own services (an addition), empty for a removal
 * @param onAlbList            whether the organisation is on the ALB list (an addition)
 * @param rvigDecisionFileId   RvIG's decision among the supplier's files (download for reviewers and the supplier),
 *                             or null
 * @param rvigDecisionFileName its file name, or null
 * @param newMetadata          whether the request brings new cluster metadata (its SHA-256 is among the differences)
 */
public record MemberChangeView(String action, String oin, String name, List<String> services, boolean onAlbList,
                               Long rvigDecisionFileId, String rvigDecisionFileName, boolean newMetadata)
        implements Serializable {

    public MemberChangeView {
        services = List.copyOf(services);
    }

    public boolean isAddition() {
        return "ADD".equals(action);
    }
}
