package nl.dictu.tvs.portal.trust.metadata;

/** An endpoint in the metadata: its element (e.g. AssertionConsumerService), binding and location. */
public record Endpoint(String kind, String binding, String location) {

    public boolean isHttps() {
        return location.regionMatches(true, 0, "https://", 0, "https://".length()) && location.length() > "https://".length();
    }
}
