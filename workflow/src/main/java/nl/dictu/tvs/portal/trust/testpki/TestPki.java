package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI: a root CA, an intermediate CA below it, and organisation certificates issued by the
 * intermediate. {@link #main(String[])} writes a complete demo set (PEMs and signed DV metadata) to a folder.
 */
public final class TestPki {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final IssuedCertificate root;
    private final IssuedCertificate intermediate;

    private TestPki(IssuedCertificate root, IssuedCertificate intermediate) {
        this.root = root;
        this.intermediate = intermediate;
    }

    /** A fresh root ("TVS Test Root CA") and intermediate, valid from two years ago for twelve years. */
    public static TestPki generate() {
        return generate("TVS Test");
    }

    /**
     * A fresh root ({@code <name> Root CA}) and intermediate ({@code <name> Private Services CA}) of organisation
     * {@code <name> PKI}, valid from two years ago for twelve years: older than any certificate they issue, as
     * real CAs are, so a certificate that expired last year still chains.
     */
    public static TestPki generate(String name) {
        Instant from = Instant.now().minus(Duration.ofDays(2 * 365));
        Instant to = from.plus(Duration.ofDays(12 * 365));
        KeyPair rootKeys = rsaKeys(2048);
        X500Name rootName = name(name + " Root CA", name + " PKI", null);
        X509Certificate rootCertificate = build(rootName, rootName, rootKeys.getPublic(), rootKeys, from, to,
                "SHA256withRSA", KeyUsage.keyCertSign | KeyUsage.cRLSign, true, rootKeys.getPublic());
        IssuedCertificate root = new IssuedCertificate(rootCertificate, rootKeys.getPrivate(), List.of());
        KeyPair intermediateKeys = rsaKeys(2048);
        X509Certificate intermediateCertificate = build(rootName, name(name + " Private Services CA", name + " PKI", null),
                intermediateKeys.getPublic(), rootKeys, from, to, "SHA256withRSA",
                KeyUsage.keyCertSign | KeyUsage.cRLSign, true, rootKeys.getPublic());
        return new TestPki(root, new IssuedCertificate(intermediateCertificate, intermediateKeys.getPrivate(), List.of(rootCertificate)));
    }

    /** A PKI from a root and an intermediate it issued, with their keys (e.g. read back by {@link CaStore}). */
    public static TestPki of(IssuedCertificate root, IssuedCertificate intermediate) {
        return new TestPki(root, intermediate);
    }

    /** The root certificate with its key, for {@link CaStore}. */
    IssuedCertificate rootCa() {
        return root;
    }

    /** The intermediate certificate with its key and the root, for {@link CaStore}. */
    IssuedCertificate intermediateCa() {
        return intermediate;
    }

    public X509Certificate root() {
        return root.certificate();
    }

    public X509Certificate intermediate() {
        return intermediate.certificate();
    }

    /** A correct PKIoverheid-like organisation certificate. */
    public IssuedCertificate organisationCertificate(String oin, String organisation) {
        return issue(CertificateProfile.pkioverheid(oin, organisation));
    }

    public IssuedCertificate issue(CertificateProfile profile) {
        boolean ec = "EC".equals(profile.keyAlgorithm());
        KeyPair keys = ec ? ecKeys() : rsaKeys(profile.rsaBits());
        X500Name subject = name(profile.commonName(), profile.organisation(), profile.oin());
        int usage = profile.digitalSignature() ? KeyUsage.digitalSignature : KeyUsage.keyEncipherment;
        if (profile.selfSigned()) {
            String algorithm = ec ? "SHA256withECDSA" : profile.signatureAlgorithm();
            X509Certificate certificate = build(subject, subject, keys.getPublic(), keys, profile.notBefore(),
                    profile.notAfter(), algorithm, usage, profile.ca(), keys.getPublic());
            return new IssuedCertificate(certificate, keys.getPrivate(), List.of());
        }
        KeyPair issuerKeys = new KeyPair(intermediate.certificate().getPublicKey(), intermediate.privateKey());
        X509Certificate certificate = build(X500Name.getInstance(intermediate.certificate().getSubjectX500Principal().getEncoded()),
                subject, keys.getPublic(), issuerKeys, profile.notBefore(), profile.notAfter(),
                profile.signatureAlgorithm(), usage, profile.ca(), intermediate.certificate().getPublicKey());
        return new IssuedCertificate(certificate, keys.getPrivate(), List.of(intermediate.certificate()));
    }

    /** A CRL of the intermediate (which issues organisation certificates) that lists these certificates as revoked. */
    public X509CRL intermediateCrl(X509Certificate... revoked) {
        return crl(intermediate, revoked);
    }

    /** A CRL of the root (which issued the intermediate) that lists these certificates as revoked. */
    public X509CRL rootCrl(X509Certificate... revoked) {
        return crl(root, revoked);
    }

    private static X509CRL crl(IssuedCertificate issuer, X509Certificate... revoked) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate().getSubjectX500Principal(),
                    Date.from(now.minus(Duration.ofDays(1))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofHours(1))),
                        CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(SERIALS.incrementAndGet())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
            return new JcaX509CRLConverter().getCRL(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.privateKey())));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Issuing a test CRL failed", e);
        }
    }

    public static KeyPair rsaKeys(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is always available", e);
        }
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC key generation is always available", e);
        }
    }

    private static X500Name name(String commonName, String organisation, String oin) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "NL").addRDN(BCStyle.O, organisation);
        if (oin != null) {
            builder.addRDN(BCStyle.SERIALNUMBER, oin);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate build(X500Name issuer, X500Name subject, PublicKey subjectKey, KeyPair issuerKeys,
            Instant from, Instant to, String signatureAlgorithm, int keyUsage, boolean ca, PublicKey issuerPublicKey) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(from), Date.from(to), subject, subjectKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerPublicKey));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(issuerKeys.getPrivate())));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Issuing a test certificate failed", e);
        }
    }

    /**
     * A separate encryption certificate for the organisation (keyEncipherment only, as single-purpose PKIoverheid
     * G4 certificates are), for the metadata's KeyDescriptor {@code use="encryption"}.
     */
    public IssuedCertificate encryptionCertificate(String oin, String organisation) {
        return issue(CertificateProfile.pkioverheid(oin, organisation).forEncryption());
    }

    /**
     * A new organisation certificate, a separate encryption certificate and DV metadata signed with the first:
     * entityID {@code urn:nl-eid-gdi:1.0:DV:<oin>:entities:<index>} (four digits), with a SingleLogoutService when
     * the organisation joins Eenmalig Inloggen.
     */
    public OrganisationCredentials organisationCredentials(String oin, String organisation, int index, boolean singleLogout) {
        return organisationCredentials(oin, organisation, index, singleLogout, List.of(), CredentialOptions.defaults());
    }

    /** As above, with the issued ServiceUUIDs in AttributeConsumingServices (none: the DV sends them in the AuthnRequest). */
    public OrganisationCredentials organisationCredentials(String oin, String organisation, int index, boolean singleLogout,
            List<String> serviceUuids) {
        return organisationCredentials(oin, organisation, index, singleLogout, serviceUuids, CredentialOptions.defaults());
    }

    /**
     * As above, with the further certificates the options ask for: a next signing certificate for rollover (a second
     * {@code use="signing"} KeyDescriptor), issued now.
     */
    public OrganisationCredentials organisationCredentials(String oin, String organisation, int index, boolean singleLogout,
            List<String> serviceUuids, CredentialOptions options) {
        IssuedCertificate certificate = organisationCertificate(oin, organisation);
        IssuedCertificate encryption = encryptionCertificate(oin, organisation);
        DvMetadataTemplate template = DvMetadataTemplate.forOin(oin, index).withServiceUuids(serviceUuids.toArray(String[]::new));
        if (singleLogout) {
            template = template.withSingleLogout();
        }
        Optional<IssuedCertificate> next = options.nextSigningCertificate()
                ? Optional.of(issue(CertificateProfile.pkioverheid(oin, organisation).withCommonName("saml-signing-next.test.example.nl")))
                : Optional.empty();
        List<KeyDescriptorCertificate> listed = new ArrayList<>();
        next.ifPresent(issued -> listed.add(KeyDescriptorCertificate.signing(issued.certificate())));
        listed.add(KeyDescriptorCertificate.encryption(encryption.certificate()));
        return new OrganisationCredentials(certificate, intermediate.certificate(), template.entityId(),
                MetadataSigner.sign(template.build(certificate.certificate(), listed), certificate), encryption, next);
    }

    /**
     * Cluster metadata (§8.4) of a supplier and the organisations it serves: the supplier's signing certificate, one
     * encryption certificate per member carrying that member's OIN, and the EntitiesDescriptor signed as a whole
     * with the supplier's key.
     */
    public ClusterCredentials clusterCredentials(String supplierOin, String supplier, int index, List<ClusterMember> members,
            boolean singleLogout) {
        IssuedCertificate signing = organisationCertificate(supplierOin, supplier);
        Map<String, IssuedCertificate> encryption = new LinkedHashMap<>();
        for (ClusterMember member : members) {
            encryption.put(member.oin(), encryptionCertificate(member.oin(), member.organisation()));
        }
        ClusterMetadataTemplate template = ClusterMetadataTemplate.forSupplier(supplierOin, index, members);
        if (singleLogout) {
            template = template.withSingleLogout();
        }
        Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        encryption.forEach((oin, issued) -> certificates.put(oin, issued.certificate()));
        String signed = MetadataSigner.sign(template.build(List.of(signing.certificate()), certificates), signing);
        return new ClusterCredentials(signing, intermediate.certificate(), template.supplierEntityId(), members, encryption, signed);
    }

    /**
     * Two ways to run it. {@code TestPki <folder> [oin [organisation]]} makes a fresh CA and writes
     * {@code root.pem}, {@code intermediate.pem}, {@code organisation.pem} (certificate and intermediate),
     * {@code organisation-key.pem}, {@code metadata.xml} (signed preproduction DV metadata, index 9001) and
     * {@code encryption.pem} / {@code encryption-key.pem} (the separate encryption certificate it lists).
     * {@code TestPki --ca-dir DIR --oin OIN --out DIR [options]} issues from the CA kept in DIR (created there
     * when missing; the portal's demo mode keeps its CA in {@code <data dir>/demo-pki}); see {@link TestPkiOptions}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].startsWith("--")) {
            System.exit(TestPkiOptions.run(args, System.out, System.err));
        }
        if (args.length < 1) {
            System.err.println("Usage: TestPki <folder> [oin] [organisation]");
            System.err.println("   or: " + TestPkiOptions.USAGE);
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        String oin = args.length > 1 ? args[1] : "00000099000000001000";
        String organisation = args.length > 2 ? args[2] : "Demo Gemeente";
        TestPki pki = generate();
        pki.organisationCredentials(oin, organisation, 9001, true).writeTo(folder);
        write(folder.resolve(CaStore.ROOT_PEM), PemWriter.toPem(pki.root()));
        write(folder.resolve(CaStore.INTERMEDIATE_PEM), PemWriter.toPem(pki.intermediate()));
        System.out.println("Demo PKI and metadata for OIN " + oin + " written to " + folder.toAbsolutePath());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
