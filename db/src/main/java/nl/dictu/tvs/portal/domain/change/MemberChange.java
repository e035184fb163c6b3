package nl.dictu.tvs.portal.domain.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change request about a served organisation of a cluster connection carries: the organisation (its OIN,
 * the name it is connected under, its portal organisation), and for an addition its services, whether it is on the
 * ALB list or else the RvIG decision uploaded with it, the mandate it gave the supplier, and whether the request
 * brings new cluster metadata. Frozen when the request starts; the request itself is its
 * {@link ChangeRequest} with the same id.
 */
@Entity
@Table(name = "change_request_member")
public class MemberChange {

    public static final int NAME_MAX = 200;
    public static final int SERVICES_MAX = 2000;

    @Id
    @Column(name = "change_request_id", nullable = false, updatable = false)
    private Long changeRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 10, nullable = false, updatable = false)
    private MemberChangeAction action;

    /** The organisation's portal account; null for one the aansluitbestand names but the portal does not know. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "oin", length = 20, nullable = false, updatable = false)
    private String oin;

    @Column(name = "name", length = NAME_MAX, nullable = false, updatable = false)
    private String name;

    /** The organisation's services, one per line; empty for a removal. */
    @Column(name = "services", length = SERVICES_MAX, nullable = false, updatable = false)
    private String services;

    @Column(name = "on_alb_list", nullable = false, updatable = false)
    private boolean onAlbList;

    @Column(name = "rvig_decision_file_id", updatable = false)
    private Long rvigDecisionFileId;

    @Column(name = "mandate_id", updatable = false)
    private Long mandateId;

    @Column(name = "new_metadata", nullable = false, updatable = false)
    private boolean newMetadata;

    protected MemberChange() {
        // for JPA
    }

    private MemberChange(long changeRequestId, MemberChangeAction action, Long organisationId, String oin, String name,
                         List<String> services, boolean onAlbList, Long rvigDecisionFileId, Long mandateId,
                         boolean newMetadata) {
        this.changeRequestId = changeRequestId;
        this.action = Objects.requireNonNull(action, "action");
        this.organisationId = organisationId;
        this.oin = Objects.requireNonNull(oin, "oin");
        this.name = Objects.requireNonNull(name, "name");
        this.services = String.join("\n", services);
        this.onAlbList = onAlbList;
        this.rvigDecisionFileId = rvigDecisionFileId;
        this.mandateId = mandateId;
        this.newMetadata = newMetadata;
    }

    /**
     * @param rvigDecisionFileId the RvIG decision (a stored file of purpose ALB_DECISION), or null when on the ALB list
     * @param newMetadata        whether the request brings cluster metadata of its own (the request's metadata)
     */
    public static MemberChange addition(long changeRequestId, long organisationId, String oin, String name,
                                        List<String> services, boolean onAlbList, Long rvigDecisionFileId, long mandateId,
                                        boolean newMetadata) {
        return new MemberChange(changeRequestId, MemberChangeAction.ADD, organisationId, oin, name, services, onAlbList,
                rvigDecisionFileId, mandateId, newMetadata);
    }

    /** @param organisationId the organisation's portal account, or null when the portal does not know it */
    public static MemberChange removal(long changeRequestId, Long organisationId, String oin, String name) {
        return new MemberChange(changeRequestId, MemberChangeAction.REMOVE, organisationId, oin, name, List.of(), false,
                null, null, false);
    }

    public long getChangeRequestId() {
        return changeRequestId;
    }

    public MemberChangeAction getAction() {
        return action;
    }

    public boolean isAddition() {
        return action == MemberChangeAction.ADD;
    }

    public Optional<Long> getOrganisationId() {
        return Optional.ofNullable(organisationId);
    }

    public String getOin() {
        return oin;
    }

    public String getName() {
        return name;
    }

    public List<String> getServices() {
        return Arrays.stream(services.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public boolean isOnAlbList() {
        return onAlbList;
    }

    public Optional<Long> getRvigDecisionFileId() {
        return Optional.ofNullable(rvigDecisionFileId);
    }

    public Optional<Long> getMandateId() {
        return Optional.ofNullable(mandateId);
    }

    public boolean isNewMetadata() {
        return newMetadata;
    }
}
