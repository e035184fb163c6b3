/**
 * Trust checks on what an applicant uploads: the OIN, the PKIoverheid certificate, the signed SAML
 * metadata and the applicant's place on the ALB list. Every check returns
 * {@link nl.dictu.tvs.portal.trust.finding.Finding}s; {@link nl.dictu.tvs.portal.trust.TrustCheck}
 * runs them together. Plain Java: usable with {@code new} from tests, the command line and the server.
 */
package nl.dictu.tvs.portal.trust;
