/**
 * Signed SAML 2.0 metadata: a hardened parser, the SAML metadata XSD (shipped under {@code schema/},
 * imports resolved locally), the structural and cryptographic signature checks (Apache Santuario in secure
 * validation mode), a role-agnostic view of the verified root element, the rules for a dienstverlener (DV)
 * and the summary the UI shows.
 */
package nl.dictu.tvs.portal.trust.metadata;
