package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Keeps a {@link TestPki} (root and intermediate with their private keys) in a folder, so certificates issued
 * today still chain to the same root after a restart: {@value #KEYSTORE} (PKCS#12, password
 * {@value #PASSWORD}, entries {@value #ROOT_ALIAS} and {@value #INTERMEDIATE_ALIAS}) plus {@value #ROOT_PEM}
 * and {@value #INTERMEDIATE_PEM} for tools. Demo and test material only: the password is public.
 */
public final class CaStore {

    public static final String KEYSTORE = "demo-ca.p12";
    public static final String ROOT_PEM = "root.pem";
    public static final String INTERMEDIATE_PEM = "intermediate.pem";
    public static final String PASSWORD = "tvs-demo";
    static final String ROOT_ALIAS = "root";
    static final String INTERMEDIATE_ALIAS = "intermediate";
    static final String DEMO_NAME = "TVS Aansluitportaal Demo";

    private CaStore() {
    }

    /** Reads the CA in the folder, or creates it there (once, also when two callers race) when there is none. */
    public static synchronized TestPki loadOrCreate(Path folder) throws IOException {
        Path keystore = folder.resolve(KEYSTORE);
        if (Files.isRegularFile(keystore)) {
            return load(keystore);
        }
        Files.createDirectories(folder);
        TestPki created = TestPki.generate(DEMO_NAME);
        Path temporary = Files.createTempFile(folder, KEYSTORE, ".tmp");
        try {
            ownerOnly(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                toKeyStore(created).store(out, PASSWORD.toCharArray());
            }
            moveInPlace(temporary, keystore);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first: use that one, so everybody trusts the same root.
            return load(keystore);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write the demo CA to " + keystore, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
        Files.writeString(folder.resolve(ROOT_PEM), PemWriter.toPem(created.root()), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(INTERMEDIATE_PEM), PemWriter.toPem(created.intermediate()), StandardCharsets.UTF_8);
        return created;
    }

    /** Reads a CA written by {@link #loadOrCreate(Path)}. */
    public static TestPki load(Path keystore) throws IOException {
        byte[] content = Files.readAllBytes(keystore);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(content), PASSWORD.toCharArray());
            IssuedCertificate root = entry(store, ROOT_ALIAS);
            IssuedCertificate intermediate = entry(store, INTERMEDIATE_ALIAS);
            return TestPki.of(root, intermediate);
        } catch (GeneralSecurityException | IOException | ClassCastException e) {
            throw new IOException(keystore + " is not a demo CA keystore (PKCS#12 with entries " + ROOT_ALIAS + " and "
                    + INTERMEDIATE_ALIAS + ", password " + PASSWORD + ")", e);
        }
    }

    private static KeyStore toKeyStore(TestPki pki) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        IssuedCertificate root = pki.rootCa();
        IssuedCertificate intermediate = pki.intermediateCa();
        store.setKeyEntry(ROOT_ALIAS, root.privateKey(), PASSWORD.toCharArray(), new Certificate[] {root.certificate()});
        store.setKeyEntry(INTERMEDIATE_ALIAS, intermediate.privateKey(), PASSWORD.toCharArray(),
                new Certificate[] {intermediate.certificate(), root.certificate()});
        return store;
    }

    private static IssuedCertificate entry(KeyStore store, String alias) throws GeneralSecurityException, IOException {
        Key key = store.getKey(alias, PASSWORD.toCharArray());
        Certificate[] chain = store.getCertificateChain(alias);
        if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
            throw new IOException("entry " + alias + " with its private key is missing");
        }
        List<X509Certificate> issuers = java.util.Arrays.stream(chain).skip(1).map(X509Certificate.class::cast).toList();
        return new IssuedCertificate((X509Certificate) chain[0], privateKey, issuers);
    }

    /** Publishes the complete file under its name; fails with FileAlreadyExistsException when it is there already. */
    private static void moveInPlace(Path temporary, Path target) throws IOException {
        // Without REPLACE_EXISTING the move never overwrites a CA another process made in the meantime.
        Files.move(temporary, target);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
