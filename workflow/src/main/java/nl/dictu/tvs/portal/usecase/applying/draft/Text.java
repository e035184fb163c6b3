package nl.dictu.tvs.portal.usecase.applying.draft;

/** Typed text as the draft keeps it: never null, nothing else changed. */
final class Text {

    private Text() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
