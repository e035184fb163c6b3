package nl.dictu.tvs.portal.document.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The private key that seals documents and its certificate chain, sealing certificate first. The
 * chain is embedded in every signature so a reader can build the path without the portal.
 */
public record SealingKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SealingKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A sealing key needs its certificate");
        }
        if (!"RSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("The sealing key must be RSA (deterministic PKCS#1 v1.5 "
                    + "signatures keep a retried document identical), got " + privateKey.getAlgorithm());
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
