package nl.dictu.tvs.portal.usecase.application;

import java.io.Serializable;

/** A kind of proof of BSN entitlement an applicant may choose, named in the reader's language. */
public record ProofKindChoice(long id, String name) implements Serializable {
}
