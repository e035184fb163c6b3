package nl.dictu.tvs.portal.domain.checklist;

import nl.dictu.tvs.portal.domain.application.LoginMeans;

import java.util.Set;

/** When an item applies: always, when the application asks for a login means, or when it joins Eenmalig Inloggen. */
public enum ChecklistApplicability {
    ALWAYS,
    DIGID,
    EHERKENNING,
    EIDAS,
    EENMALIG_INLOGGEN;

    public boolean appliesTo(Set<LoginMeans> loginMeans, boolean eenmaligInloggen) {
        return switch (this) {
            case ALWAYS -> true;
            case DIGID -> loginMeans.contains(LoginMeans.DIGID);
            case EHERKENNING -> loginMeans.contains(LoginMeans.EHERKENNING);
            case EIDAS -> loginMeans.contains(LoginMeans.EIDAS);
            case EENMALIG_INLOGGEN -> eenmaligInloggen;
        };
    }
}
