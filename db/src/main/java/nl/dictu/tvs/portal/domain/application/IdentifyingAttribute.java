package nl.dictu.tvs.portal.domain.application;

/**
 * An identifying attribute type an eHerkenning service accepts for the organisation or person acting
 * ({@code EntityConcernedTypesAllowed} in the eTD Dienstencatalogus, tvs-rules 1.3). A service that
 * names the BSN must demand at least EH3 (tvs-rules F13).
 */
public enum IdentifyingAttribute {
    KVKNR,
    RSIN,
    BSN
}
