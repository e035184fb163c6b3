package nl.dictu.tvs.portal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.time.Instant;
import java.util.Objects;

/**
 * Which test accounts (DigiD, eHerkenning, eIDAS test identities) DICTU delivered for an
 * application and how: the record behind the task "Testaccounts leveren". Never changed.
 */
@Entity
@Table(name = "test_account_delivery")
public class TestAccountDelivery {

    public static final int ACCOUNTS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "delivered_by", length = 100, nullable = false, updatable = false)
    private String deliveredBy;

    @Column(name = "delivered_at", nullable = false, updatable = false)
    private Instant deliveredAt;

    @Column(name = "test_accounts", length = ACCOUNTS_MAX, nullable = false, updatable = false)
    private String testAccounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 30, nullable = false, updatable = false)
    private HandoverChannel channel;

    protected TestAccountDelivery() {
        // for JPA
    }

    /**
     * @param testAccounts which accounts, as the reviewer lists them (e.g. "DigiD s00000001 t/m s00000005")
     * @throws InvalidApplicationException when the accounts or the channel are missing
     */
    public TestAccountDelivery(long applicationId, String deliveredBy, Instant deliveredAt, String testAccounts,
                               HandoverChannel channel) {
        if (testAccounts == null || testAccounts.isBlank() || testAccounts.strip().length() > ACCOUNTS_MAX) {
            throw new InvalidApplicationException("testAccounts.invalid.accounts", String.valueOf(ACCOUNTS_MAX));
        }
        if (channel == null) {
            throw new InvalidApplicationException("testAccounts.invalid.channel");
        }
        this.applicationId = applicationId;
        this.deliveredBy = Objects.requireNonNull(deliveredBy, "deliveredBy");
        this.deliveredAt = Objects.requireNonNull(deliveredAt, "deliveredAt");
        this.testAccounts = testAccounts.strip();
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getTestAccounts() {
        return testAccounts;
    }

    public HandoverChannel getChannel() {
        return channel;
    }
}
