package nl.dictu.tvs.portal.trust.oin;

/** What the OIN register (COR) says about an OIN. */
public record OinRegisterEntry(String oin, String name, String status) {
}
