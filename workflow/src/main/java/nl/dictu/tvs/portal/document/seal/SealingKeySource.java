package nl.dictu.tvs.portal.document.seal;

/**
 * Where the sealing key comes from: a configured PKCS#12 file in production
 * ({@link Pkcs12SealingKeySource}), a key made at start-up in demo mode
 * ({@link DemoSealingKeySource}). An HSM would be a third implementation.
 */
public interface SealingKeySource {

    SealingKey sealingKey();
}
