package nl.dictu.tvs.portal.document;

import java.util.List;
import java.util.Objects;

/**
 * A service (dienst) the applicant wants to connect, as a catalogue entry: its names in Dutch and English,
 * the login means it accepts, what it does and where it lives, its privacy policy, for eHerkenning the
 * identifying attribute types (names such as {@code KVKNR}, labelled {@code identifyingAttribute.<name>}) and
 * the requested attributes with their purposes, and whether it accepts DigiD Machtigen.
 *
 * @param description      empty when the applicant gave none
 * @param url              null when the applicant gave none
 * @param privacyPolicyUrl null when the applicant gave none
 */
public record RequestedService(String name, String nameEn, List<AssuranceLevel> loginMeans, String description,
                               String url, String privacyPolicyUrl, List<String> identifyingAttributes,
                               List<Attribute> requestedAttributes, boolean machtigen) {

    /** A requested attribute with its purpose in Dutch and English. */
    public record Attribute(String name, String purposeNl, String purposeEn) {
    }

    public RequestedService {
        Objects.requireNonNull(name, "name");
        nameEn = nameEn == null ? name : nameEn;
        loginMeans = List.copyOf(loginMeans);
        description = description == null ? "" : description;
        identifyingAttributes = identifyingAttributes == null ? List.of() : List.copyOf(identifyingAttributes);
        requestedAttributes = requestedAttributes == null ? List.of() : List.copyOf(requestedAttributes);
    }

    public RequestedService(String name, List<AssuranceLevel> loginMeans, String description, String url) {
        this(name, name, loginMeans, description, url, null, List.of(), List.of(), false);
    }

    public RequestedService(String name, List<AssuranceLevel> loginMeans) {
        this(name, loginMeans, "", null);
    }
}
