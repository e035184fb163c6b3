package nl.dictu.tvs.portal.document;

import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.util.Objects;

/**
 * The applying organisation as it appears on a document: its kind, and for a care provider the
 * register and number it uses (both null for a government organisation).
 */
public record ApplicantOrganisation(String name, String oin, OrganisationKind kind, CareRegister register,
                                    String registerNumber) {

    public ApplicantOrganisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oin, "oin");
        Objects.requireNonNull(kind, "kind");
    }

    /** A government organisation. */
    public ApplicantOrganisation(String name, String oin) {
        this(name, oin, OrganisationKind.GOVERNMENT, null, null);
    }

    public boolean careProvider() {
        return kind == OrganisationKind.CARE_PROVIDER && register != null;
    }
}
