package nl.dictu.tvs.portal.usecase.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;

/**
 * Opens a year's reference counter in a transaction of its own. The first two submissions of a year
 * (on one node or two) would otherwise both insert it inside their submission, and the loser's
 * submission would fail on the key; now only this short transaction fails, and the submission goes on.
 */
@Stateless
public class ReferenceYears {

    @Inject
    private ApplicationRepository applications;

    public ReferenceYears() {
        // for the container
    }

    /** Outside the container (tests): the same work, in the caller's transaction. */
    ReferenceYears(ApplicationRepository applications) {
        this.applications = applications;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(int year) {
        applications.openReferenceYear(year);
    }
}
