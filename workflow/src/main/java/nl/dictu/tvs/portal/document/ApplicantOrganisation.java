package nl.dictu.tvs.portal.document;

import java.util.Objects;

/** The applying organisation as it appears on a document. */
public record ApplicantOrganisation(String name, String oin) {

    public ApplicantOrganisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(oin, "oin");
    }
}
