package nl.dictu.tvs.portal.document.layout;

/** A label and its value, shown as two columns ("Kenmerk   TVS-2026-00042"). */
public record Field(String label, String value) {
}
