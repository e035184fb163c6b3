package nl.dictu.tvs.portal.usecase.apiaccess;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.ParseException;

/**
 * A client's public key as a member gives it: a JWK (RSA or EC, public part only) or a PEM
 * certificate (e.g. the organisation's PKIoverheid certificate), kept as the public JWK.
 */
final class ClientKeys {

    static final String FIELD = "publicKey";
    private static final int MIN_RSA_BITS = 2048;

    private ClientKeys() {
    }

    record PublicKey(String jwkJson, String thumbprint) {
    }

    static PublicKey parse(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw ActionRefusedException.of(FIELD, "api.client.keyMissing");
        }
        JWK jwk = given.startsWith("-----BEGIN") ? fromPem(given) : fromJson(given);
        if (jwk.isPrivate()) {
            throw ActionRefusedException.of(FIELD, "api.client.keyPrivate");
        }
        String type = jwk.getKeyType().getValue();
        if (!"RSA".equals(type) && !"EC".equals(type)) {
            throw ActionRefusedException.of(FIELD, "api.client.keyType", type);
        }
        if ("RSA".equals(type) && jwk.size() < MIN_RSA_BITS) {
            throw ActionRefusedException.of(FIELD, "api.client.keyShort", String.valueOf(jwk.size()));
        }
        try {
            return new PublicKey(jwk.toPublicJWK().toJSONString(), jwk.computeThumbprint().toString());
        } catch (JOSEException e) {
            throw ActionRefusedException.of(FIELD, "api.client.keyUnreadable");
        }
    }

    private static JWK fromPem(String pem) {
        if (pem.contains("PRIVATE KEY")) {
            throw ActionRefusedException.of(FIELD, "api.client.keyPrivate");
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            return JWK.parse(certificate);
        } catch (JOSEException | CertificateException | RuntimeException e) {
            throw ActionRefusedException.of(FIELD, "api.client.keyUnreadable");
        }
    }

    private static JWK fromJson(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw ActionRefusedException.of(FIELD, "api.client.keyUnreadable");
        }
    }
}
