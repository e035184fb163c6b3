package nl.dictu.tvs.portal.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/**
 * One organisation a supplier's cluster application serves, with what is its own: its OIN and name, whether it
 * is on the ALB list (otherwise it proves its BSN entitlement with an RvIG decision) and the services it offers.
 */
@Entity
@Table(name = "cluster_member")
public class ClusterMember {

    public static final int SERVICES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "oin", length = 20, nullable = false, updatable = false)
    private String oin;

    @Column(name = "name", length = 200, nullable = false, updatable = false)
    private String name;

    @Column(name = "on_alb_list", nullable = false, updatable = false)
    private boolean onAlbList;

    /** The member's service names, one per line. */
    @Column(name = "services", length = SERVICES_MAX, nullable = false, updatable = false)
    private String services;

    protected ClusterMember() {
        // for JPA
    }

    public ClusterMember(long applicationId, long organisationId, int position, String oin, String name,
                         boolean onAlbList, String services) {
        this.applicationId = applicationId;
        this.organisationId = organisationId;
        this.position = position;
        this.oin = Objects.requireNonNull(oin, "oin");
        this.name = Objects.requireNonNull(name, "name");
        this.onAlbList = onAlbList;
        this.services = Objects.requireNonNull(services, "services");
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getPosition() {
        return position;
    }

    public String getOin() {
        return oin;
    }

    public String getName() {
        return name;
    }

    public boolean isOnAlbList() {
        return onAlbList;
    }

    public String getServices() {
        return services;
    }
}
