package nl.dictu.tvs.portal.document.seal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Demo mode's sealing key: a "demo sealing CA" and a sealing certificate it issues. Made once and
 * kept in the data directory ({@link #persistedIn}, file {@value #FILE_NAME}), so documents issued
 * yesterday still verify today; only {@link #DemoSealingKeySource()} itself makes a throw-away key
 * (tests). The CA is nobody's: demo documents must never pass for real ones.
 */
public final class DemoSealingKeySource implements SealingKeySource {

    static final String CA_NAME = "CN=TVS Aansluitportaal Demo Sealing CA, O=Dienst ICT Uitvoering (demo), C=NL";
    static final String SEAL_NAME = "CN=TVS Aansluitportaal documentzegel (demo), "
            + "serialNumber=00000004000000149000, O=Dienst ICT Uitvoering (demo), C=NL";
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    /** The demo key's file in the data directory. */
    public static final String FILE_NAME = "demo-sealing-key.p12";
    /** The demo key store's password: it guards nothing of value, the key is a demo key. */
    public static final String PASSWORD = "tvs-demo-seal";

    private final SealingKey key;

    private DemoSealingKeySource(SealingKey key) {
        this.key = key;
    }

    /**
     * The demo key kept in {@code dataDirectory}: read when the file is there, otherwise made now and
     * written there (whole or not at all) for the next start.
     */
    public static SealingKeySource persistedIn(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return new Pkcs12SealingKeySource(file, PASSWORD.toCharArray(), SealingKeyStoreFile.ALIAS);
        }
        DemoSealingKeySource made = new DemoSealingKeySource();
        SealingKeyStoreFile.write(file, made.key, PASSWORD.toCharArray());
        return made;
    }

    public DemoSealingKeySource() {
        this(Clock.systemUTC());
    }

    public DemoSealingKeySource(Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair ca = generator.generateKeyPair();
            KeyPair seal = generator.generateKeyPair();
            Instant now = clock.instant();
            Date from = Date.from(now.minus(Duration.ofDays(1)));
            Date until = Date.from(now.plus(Duration.ofDays(3 * 365)));
            X509Certificate caCert = certificate(CA_NAME, ca.getPublic(), CA_NAME, ca, BigInteger.ONE, from, until, true);
            X509Certificate sealCert = certificate(SEAL_NAME, seal.getPublic(), CA_NAME, ca, BigInteger.TWO, from, until,
                    false);
            this.key = new SealingKey(seal.getPrivate(), List.of(sealCert, caCert));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new SealingKeyException("Cannot create the demo sealing key", e);
        }
    }

    @Override
    public SealingKey sealingKey() {
        return key;
    }

    private static X509Certificate certificate(String subject, PublicKey publicKey, String issuer, KeyPair issuerKeys,
                                               BigInteger serial, Date from, Date until, boolean ca)
            throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name(issuer), serial, from, until, new X500Name(subject), publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                .addExtension(Extension.keyUsage, true, ca
                        ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKeys.getPrivate())));
    }
}
