package nl.dictu.tvs.portal.usecase.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code md:AttributeConsumingService} elements an applicant pastes into the {@code md:SPSSODescriptor} of the
 * metadata of one environment, one per service with its issued ServiceUUID as the value of the requested attribute
 * {@code urn:nl-eid-gdi:1.0:ServiceUUID} (Koppelvlakspecificatie eID SAML 4.4, §7.3.1.1 and §8.3): an {@code index}
 * each and, with more than one, the first marked {@code isDefault}. The prefixes {@code md} and {@code saml} are those
 * of the SAML metadata and assertion namespaces, as the metadata's root declares them.
 */
public final class ServiceUuidSnippet {

    static final String SERVICE_UUID_ATTRIBUTE = "urn:nl-eid-gdi:1.0:ServiceUUID";

    private ServiceUuidSnippet() {
    }

    /** The snippet for the ServiceUUIDs of one environment, in the order given; empty when none was issued. */
    public static String of(List<ApplicantDossier.ServiceUuid> uuidsOfOneEnvironment) {
        List<String> lines = new ArrayList<>();
        for (int index = 0; index < uuidsOfOneEnvironment.size(); index++) {
            ApplicantDossier.ServiceUuid uuid = uuidsOfOneEnvironment.get(index);
            boolean isDefault = index == 0 && uuidsOfOneEnvironment.size() > 1;
            lines.add("<md:AttributeConsumingService index=\"" + index + "\"" + (isDefault ? " isDefault=\"true\"" : "") + ">");
            lines.add("  <md:ServiceName xml:lang=\"nl\">" + escaped(uuid.service()) + "</md:ServiceName>");
            lines.add("  <md:RequestedAttribute Name=\"" + SERVICE_UUID_ATTRIBUTE + "\">");
            lines.add("    <saml:AttributeValue>" + escaped(uuid.uuid()) + "</saml:AttributeValue>");
            lines.add("  </md:RequestedAttribute>");
            lines.add("</md:AttributeConsumingService>");
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
