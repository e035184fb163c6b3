package nl.dictu.tvs.portal.usecase.membership;

import java.io.Serializable;

/** An open demo registration, as its link shows it: for which address, which organisation with which OIN. */
public record RegistrationView(String email, String organisationName, String oin) implements Serializable {
}
