package nl.dictu.tvs.portal.usecase.application;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceUuidSnippetTest {

    private static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    private static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String PARKING = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final String TAXES = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    @Test
    void shouldListEachServiceInAnAttributeConsumingServiceWithItsServiceUuidAsRequestedAttributeValue() throws Exception {
        String snippet = ServiceUuidSnippet.of(List.of(uuid("Parkeervergunning", PARKING), uuid("Belastingen", TAXES)));

        NodeList services = pasted(snippet).getElementsByTagNameNS(MD, "AttributeConsumingService");
        assertThat(services.getLength()).isEqualTo(2);
        Element first = (Element) services.item(0);
        Element second = (Element) services.item(1);
        assertThat(first.getAttribute("index")).isEqualTo("0");
        assertThat(first.getAttribute("isDefault")).as("the default of several").isEqualTo("true");
        assertThat(second.getAttribute("index")).isEqualTo("1");
        assertThat(second.hasAttribute("isDefault")).isFalse();
        assertThat(text(first, MD, "ServiceName")).isEqualTo("Parkeervergunning");
        assertThat(((Element) first.getElementsByTagNameNS(MD, "ServiceName").item(0))
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("nl");
        Element requested = (Element) second.getElementsByTagNameNS(MD, "RequestedAttribute").item(0);
        assertThat(requested.getAttribute("Name")).isEqualTo("urn:nl-eid-gdi:1.0:ServiceUUID");
        assertThat(text(requested, SAML, "AttributeValue")).isEqualTo(TAXES);
    }

    @Test
    void shouldMarkNoDefaultForASingleServiceAndEscapeItsName() throws Exception {
        String snippet = ServiceUuidSnippet.of(List.of(uuid("Afval & <grofvuil>", PARKING)));

        Element service = (Element) pasted(snippet).getElementsByTagNameNS(MD, "AttributeConsumingService").item(0);
        assertThat(service.hasAttribute("isDefault")).isFalse();
        assertThat(text(service, MD, "ServiceName")).isEqualTo("Afval & <grofvuil>");
    }

    @Test
    void shouldBeEmptyBeforeServiceUuidsAreIssued() {
        assertThat(ServiceUuidSnippet.of(List.of())).isEmpty();
    }

    @Test
    void shouldShowTheProductionSnippetApartOnlyWhenTheEnvironmentsHaveTheirOwnServiceUuids() {
        ApplicantDossier shared = dossier(List.of(new ApplicantDossier.ServiceUuid("Parkeren", "PREPRODUCTION", PARKING),
                new ApplicantDossier.ServiceUuid("Parkeren", "PRODUCTION", PARKING)));
        ApplicantDossier perEnvironment = dossier(List.of(new ApplicantDossier.ServiceUuid("Parkeren", "PREPRODUCTION", PARKING),
                new ApplicantDossier.ServiceUuid("Parkeren", "PRODUCTION", TAXES)));

        assertThat(shared.productionSnippetDiffers()).isFalse();
        assertThat(perEnvironment.productionSnippetDiffers()).isTrue();
        assertThat(perEnvironment.metadataSnippet("PRODUCTION")).contains(TAXES).doesNotContain(PARKING);
    }

    private static ApplicantDossier dossier(List<ApplicantDossier.ServiceUuid> uuids) {
        return new ApplicantDossier(null, List.of(), false, null, uuids, List.of(), List.of());
    }

    private static ApplicantDossier.ServiceUuid uuid(String service, String uuid) {
        return new ApplicantDossier.ServiceUuid(service, "PREPRODUCTION", uuid);
    }

    /** The snippet pasted into an SPSSODescriptor whose metadata declares the md and saml prefixes. */
    private static Document pasted(String snippet) throws Exception {
        String metadata = "<md:SPSSODescriptor xmlns:md=\"" + MD + "\" xmlns:saml=\"" + SAML + "\">" + snippet
                + "</md:SPSSODescriptor>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(metadata)));
    }

    private static String text(Element parent, String namespace, String name) {
        return parent.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }
}
