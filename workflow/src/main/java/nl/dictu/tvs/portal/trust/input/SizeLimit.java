package nl.dictu.tvs.portal.trust.input;

/** The upload cap shared by certificates, metadata and the ALB file. */
public final class SizeLimit {

    /** 1 MiB: far above any real certificate chain, metadata document or ALB list. */
    public static final int MAX_UPLOAD_BYTES = 1024 * 1024;

    private SizeLimit() {
    }

    public static boolean exceeds(byte[] content) {
        return content.length > MAX_UPLOAD_BYTES;
    }
}
