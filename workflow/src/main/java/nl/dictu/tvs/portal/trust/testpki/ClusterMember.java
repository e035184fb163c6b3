package nl.dictu.tvs.portal.trust.testpki;

/** An organisation a Leverancier Clusteraansluiting serves: its OIN and name (the subject of its certificate). */
public record ClusterMember(String oin, String organisation) {

    /** {@code OIN:name}, as {@code TestPki --member} takes it. */
    public static ClusterMember parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new ClusterMember(text.strip(), "Organisatie " + text.strip());
        }
        return new ClusterMember(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    /** The n-th (1-based) demo organisation: a test OIN ({@code 00000099...}) and "Demo Organisatie n". */
    public static ClusterMember demo(int n) {
        return new ClusterMember(String.format("00000099%09d000", 200_000_000 + n), "Demo Organisatie " + n);
    }
}
