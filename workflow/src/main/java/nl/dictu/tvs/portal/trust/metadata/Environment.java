package nl.dictu.tvs.portal.trust.metadata;

/** The TVS environment a connection is for, with the entityID index range reserved for it. */
public enum Environment {
    PREPRODUCTION(9000, 9999),
    PRODUCTION(0, 8999);

    private final int firstIndex;
    private final int lastIndex;

    Environment(int firstIndex, int lastIndex) {
        this.firstIndex = firstIndex;
        this.lastIndex = lastIndex;
    }

    public boolean allowsIndex(int index) {
        return index >= firstIndex && index <= lastIndex;
    }

    public String indexRange() {
        return EntityId.fourDigits(firstIndex) + "-" + EntityId.fourDigits(lastIndex);
    }
}
