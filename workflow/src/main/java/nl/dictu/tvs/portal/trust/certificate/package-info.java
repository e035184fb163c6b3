/**
 * The PKIoverheid certificate: reading PEM or DER (one certificate or a chain), building the path to the
 * configured {@link nl.dictu.tvs.portal.trust.certificate.TrustAnchors}, and the checks on validity, key,
 * signature algorithm, key usage, end-entity status and the OIN in {@code Subject.serialNumber}.
 */
package nl.dictu.tvs.portal.trust.certificate;
