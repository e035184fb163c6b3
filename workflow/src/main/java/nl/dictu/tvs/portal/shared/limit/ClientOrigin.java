package nl.dictu.tvs.portal.shared.limit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the request being served, as the web layer found it (behind a trusted
 * proxy from {@code X-Forwarded-For}): what limits per address count, and what the audit keeps.
 */
@RequestScoped
public class ClientOrigin {

    public static final String UNKNOWN = "unknown";
    public static final int ADDRESS_MAX = 45;

    private String address = UNKNOWN;

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null || address.isBlank() ? UNKNOWN
                : address.substring(0, Math.min(address.length(), ADDRESS_MAX));
    }
}
