/**
 * Demo mode's own PKI: a root and intermediate kept in {@code <data dir>/demo-pki} (created once, PKCS#12),
 * trusted by the certificate check in demo mode only, and {@link nl.dictu.tvs.portal.trust.demo.DemoCredentials},
 * which issues an organisation certificate and signed metadata from it so a demo applicant can try the flow.
 */
package nl.dictu.tvs.portal.trust.demo;
