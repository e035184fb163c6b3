package nl.dictu.tvs.portal.trust.testpki;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Unsigned cluster metadata of a Leverancier Clusteraansluiting (Koppelvlakspecificatie eID SAML 4.4, §8.4): an
 * EntitiesDescriptor with ID and {@code validUntil} one year ahead, holding the supplier's LC EntityDescriptor
 * (signed requests and assertions, its signing KeyDescriptors, an HTTP-Artifact ACS) and one DV EntityDescriptor
 * per served organisation (its encryption KeyDescriptor, a copy of the supplier's ACS). Signed as a whole with the
 * supplier's key by {@link MetadataSigner}.
 */
public final class ClusterMetadataTemplate {

    private final String supplierOin;
    private final int index;
    private final List<ClusterMember> members;
    private final String baseUrl;
    private final boolean singleLogout;
    private final Map<String, List<String>> memberServiceUuids;

    private ClusterMetadataTemplate(String supplierOin, int index, List<ClusterMember> members, String baseUrl, boolean singleLogout,
                                    Map<String, List<String>> memberServiceUuids) {
        this.supplierOin = supplierOin;
        this.index = index;
        this.members = List.copyOf(members);
        this.baseUrl = baseUrl;
        this.singleLogout = singleLogout;
        this.memberServiceUuids = Map.copyOf(memberServiceUuids);
    }

    public static ClusterMetadataTemplate forSupplier(String supplierOin, int index, List<ClusterMember> members) {
        return new ClusterMetadataTemplate(supplierOin, index, members, "https://saas.example.nl", false, Map.of());
    }

    public ClusterMetadataTemplate withSingleLogout() {
        return new ClusterMetadataTemplate(supplierOin, index, members, baseUrl, true, memberServiceUuids);
    }

    /** Each member's entity with an AttributeConsumingService per ServiceUUID given for its OIN. */
    public ClusterMetadataTemplate withMemberServiceUuids(Map<String, List<String>> serviceUuidsByOin) {
        return new ClusterMetadataTemplate(supplierOin, index, members, baseUrl, singleLogout, serviceUuidsByOin);
    }

    public List<ClusterMember> members() {
        return members;
    }

    public String supplierEntityId() {
        return DvMetadataTemplate.entityId("LC", supplierOin, index);
    }

    public String memberEntityId(ClusterMember member) {
        return DvMetadataTemplate.entityId("DV", member.oin(), index);
    }

    /**
     * The document: the supplier's signing certificates (metadata signing, TLS, rollover: 1-4) and, per member OIN,
     * that organisation's encryption certificate.
     */
    public String build(List<X509Certificate> supplierSigning, Map<String, X509Certificate> memberEncryption) {
        List<String> lines = new ArrayList<>();
        String namespaces = " xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\"";
        lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        lines.add("<md:EntitiesDescriptor" + namespaces + " ID=\"_" + UUID.randomUUID() + "\""
                + DvMetadataTemplate.validity(Optional.of(Instant.now().plus(DvMetadataTemplate.DEFAULT_VALIDITY)
                        .truncatedTo(ChronoUnit.SECONDS)), Optional.empty()) + ">");
        lines.add("  <md:EntityDescriptor ID=\"_" + UUID.randomUUID() + "\" entityID=\"" + supplierEntityId() + "\">");
        lines.add("    <md:SPSSODescriptor AuthnRequestsSigned=\"true\" WantAssertionsSigned=\"true\""
                + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">");
        supplierSigning.forEach(certificate -> lines.add("      " + DvMetadataTemplate.keyDescriptor("signing", certificate)));
        if (singleLogout) {
            lines.add("      <md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
                    + " Location=\"" + baseUrl + "/saml/logout\"/>");
        }
        lines.add("      " + DvMetadataTemplate.assertionConsumer(baseUrl));
        lines.add("    </md:SPSSODescriptor>");
        lines.add("  </md:EntityDescriptor>");
        for (ClusterMember member : members) {
            X509Certificate encryption = memberEncryption.get(member.oin());
            if (encryption == null) {
                throw new IllegalArgumentException("No encryption certificate for member " + member.oin());
            }
            lines.add("  <md:EntityDescriptor ID=\"_" + UUID.randomUUID() + "\" entityID=\"" + memberEntityId(member) + "\">");
            lines.add("    <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">");
            lines.add("      " + DvMetadataTemplate.keyDescriptor("encryption", encryption));
            lines.add("      " + DvMetadataTemplate.assertionConsumer(baseUrl));
            lines.addAll(DvMetadataTemplate.attributeConsumers(memberServiceUuids.getOrDefault(member.oin(), List.of()), "      "));
            lines.add("    </md:SPSSODescriptor>");
            lines.add("  </md:EntityDescriptor>");
        }
        lines.add("</md:EntitiesDescriptor>");
        return String.join("\n", lines) + "\n";
    }
}
