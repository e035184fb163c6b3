package nl.dictu.tvs.portal.web.view;

import java.util.Map;
import java.util.Set;

/**
 * The one place where the field path of a service's refusal ({@code services[2].name},
 * {@code contacts[0].email}, {@code certificatePem}, {@code desiredGoLive}) becomes the client id of
 * the component that shows it ({@code correction:services:2:name}). A form names only the fields
 * whose component has another id; a refusal of a whole list, or of no field, goes to the page.
 */
public final class FieldIds {

    private static final Set<String> LISTS = Set.of("services", "contacts", "checklist", "verdicts");

    private FieldIds() {
    }

    /**
     * @param form    the form's id, or null for pages whose field ids stand alone
     * @param path    the refusal's field path, or null
     * @param renamed field name (the last part of the path) to component id, where they differ
     * @return the client id, or null for a message on the page
     */
    public static String clientId(String form, String path, Map<String, String> renamed) {
        if (path == null || path.isBlank() || LISTS.contains(path)) {
            return null;
        }
        String[] parts = path.replaceAll("\\[(\\d+)]", ".$1").split("\\.");
        int last = parts.length - 1;
        parts[last] = renamed.getOrDefault(parts[last], parts[last]);
        String id = String.join(":", parts);
        return form == null ? id : form + ":" + id;
    }
}
