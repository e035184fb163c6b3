package nl.dictu.tvs.portal.trust.demo;

import nl.dictu.tvs.portal.trust.metadata.Environment;

/**
 * Demo credentials ready to download or to put into an application: the organisation certificate with its
 * intermediate (PEM), its private key (PEM), and DV metadata signed with it (UTF-8 XML).
 */
public record DemoCredentialSet(Environment environment, String entityId, String certificatePem, String privateKeyPem,
                                byte[] signedMetadata, String certificateSha256) {
}
