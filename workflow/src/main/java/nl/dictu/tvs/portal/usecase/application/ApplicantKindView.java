package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.io.Serializable;

/**
 * The applying organisation's kind, a care provider's register and number, and the kind of proof of
 * BSN entitlement its latest ALB upload is (null for an RvIG decision of a government organisation or
 * when nothing was uploaded), for the reviewer and the applicant.
 */
public record ApplicantKindView(OrganisationKind kind, CareRegister register, String registerNumber, String proofKind)
        implements Serializable {

    public boolean careProvider() {
        return kind == OrganisationKind.CARE_PROVIDER;
    }
}
