package nl.dictu.tvs.portal.trust.metadata;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The shape rules of Koppelvlakspecificatie eID SAML 4.4 §8.3 and §8.4 on one verified element: each rule its own
 * finding code, the spec section in the evidence ({@code spec}), and the severity the spec gives (MUST: error,
 * SHOULD: warning). Certificates are not judged here (that is the certificate check's work); only whether the
 * KeyDescriptors the spec asks for are there and complete.
 */
final class MetadataShapeRules {

    static final String HTTP_ARTIFACT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact";
    static final String HTTP_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    static final String SAML2_PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final Duration VALID_UNTIL_WARNING = Duration.ofDays(30);

    /** Children of an EntityDescriptor and of its SPSSODescriptor that §8.3 lists; anything else is only noted (§7.2). */
    private static final Set<String> ENTITY_CHILDREN = Set.of("Signature", "SPSSODescriptor");
    private static final Set<String> SP_CHILDREN = Set.of("KeyDescriptor", "SingleLogoutService", "AssertionConsumerService",
            "AttributeConsumingService");
    private static final Set<String> KEY_DESCRIPTOR_CHILDREN = Set.of("KeyInfo");
    private static final Set<String> KEY_INFO_CHILDREN = Set.of("KeyName", "X509Data");
    private static final Set<String> ATTRIBUTE_SERVICE_CHILDREN = Set.of("ServiceName", "RequestedAttribute");
    private static final DatatypeFactory DATATYPES = datatypes();
    /** A four-digit year from 0001, seconds with an optional fraction, and a zone within ±14:00. */
    private static final Pattern PLAIN_DATE_TIME = Pattern.compile(
            "(?!0000)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00))");

    private MetadataShapeRules() {
    }

    /** M2: {@code validUntil} or {@code cacheDuration} on the root; a {@code validUntil} in the past or within 30 days. */
    static List<Finding> validity(Element root, Instant at, String section) {
        Optional<String> validUntil = Dom.attribute(root, "validUntil");
        if (validUntil.isEmpty() && Dom.attribute(root, "cacheDuration").isEmpty()) {
            return List.of(spec(Finding.of(FindingCode.METADATA_VALIDITY_MISSING), section));
        }
        Optional<Instant> until = validUntil.flatMap(MetadataShapeRules::dateTime);
        if (until.isEmpty()) {
            // No validUntil (cacheDuration is enough), or not a dateTime: the schema reports that one.
            return List.of();
        }
        if (!until.get().isAfter(at)) {
            return List.of(spec(Finding.of(FindingCode.METADATA_VALID_UNTIL_PASSED, validUntil.get()), "§8.2")
                    .withEvidence("validUntil", validUntil.get()));
        }
        if (until.get().isBefore(at.plus(VALID_UNTIL_WARNING))) {
            long days = Duration.between(at, until.get()).toDays();
            return List.of(spec(Finding.of(FindingCode.METADATA_VALID_UNTIL_SOON, validUntil.get(), days), section)
                    .withEvidence("validUntil", validUntil.get()));
        }
        return List.of();
    }

    /** M1: signed requests and assertions, and the SAML 2.0 protocol, on the SPSSODescriptor. */
    static List<Finding> signedMessages(Element sp, String section) {
        List<Finding> findings = new ArrayList<>();
        String requests = Dom.attribute(sp, "AuthnRequestsSigned").orElse("-");
        if (!isTrue(requests)) {
            findings.add(spec(Finding.of(FindingCode.METADATA_AUTHN_REQUESTS_NOT_SIGNED, requests), section));
        }
        String assertions = Dom.attribute(sp, "WantAssertionsSigned").orElse("-");
        if (!isTrue(assertions)) {
            findings.add(spec(Finding.of(FindingCode.METADATA_ASSERTIONS_NOT_SIGNED, assertions), section));
        }
        findings.addAll(protocol(sp, section));
        return findings;
    }

    /** M1 (also for a DV inside cluster metadata, §8.4.3): the SAML 2.0 protocol. */
    static List<Finding> protocol(Element sp, String section) {
        String protocols = Dom.attribute(sp, "protocolSupportEnumeration").orElse("-");
        if (hasToken(protocols, SAML2_PROTOCOL)) {
            return List.of();
        }
        return List.of(spec(Finding.of(FindingCode.METADATA_PROTOCOL_NOT_SAML2, protocols.strip()), section));
    }

    /** M5: every KeyDescriptor's KeyInfo holds a KeyName and X509Data with a certificate. */
    static List<Finding> keyInfo(Element sp) {
        List<Finding> findings = new ArrayList<>();
        List<Element> keyDescriptors = Dom.children(sp, SamlNames.MD, "KeyDescriptor");
        for (int i = 0; i < keyDescriptors.size(); i++) {
            Element keyDescriptor = keyDescriptors.get(i);
            String use = Dom.attribute(keyDescriptor, "use").orElse("-");
            Optional<Element> keyInfo = Dom.child(keyDescriptor, SamlNames.DS, "KeyInfo");
            boolean keyName = false;
            boolean x509 = false;
            if (keyInfo.isPresent()) {
                keyName = Dom.child(keyInfo.get(), SamlNames.DS, "KeyName").filter(name -> !name.getTextContent().isBlank()).isPresent();
                for (Element data : Dom.children(keyInfo.get(), SamlNames.DS, "X509Data")) {
                    x509 = x509 || Dom.child(data, SamlNames.DS, "X509Certificate").isPresent();
                }
            }
            if (!keyName) {
                findings.add(spec(Finding.of(FindingCode.METADATA_KEY_NAME_MISSING, use, i + 1), "§8.3"));
            }
            if (!x509) {
                findings.add(spec(Finding.of(FindingCode.METADATA_KEY_X509_DATA_MISSING, use, i + 1), "§8.3"));
            }
        }
        return findings;
    }

    /** The KeyDescriptors with this {@code use} (only the explicit value counts). */
    static List<Element> keyDescriptors(Element sp, String use) {
        return Dom.children(sp, SamlNames.MD, "KeyDescriptor").stream()
                .filter(keyDescriptor -> use.equals(keyDescriptor.getAttributeNS(null, "use"))).toList();
    }

    /** M3: at least one KeyDescriptor {@code use="encryption"}: TVS encrypts the BSN to it. */
    static List<Finding> encryptionKey(Element sp, String section) {
        return keyDescriptors(sp, "encryption").isEmpty()
                ? List.of(spec(Finding.of(FindingCode.METADATA_ENCRYPTION_KEY_MISSING), section)) : List.of();
    }

    /** §8.4: the number of KeyDescriptors of one use an entity in cluster metadata may have. */
    static List<Finding> keyDescriptorCount(Element sp, String entityId, String use, int min, int max) {
        int count = 0;
        for (Element keyDescriptor : Dom.children(sp, SamlNames.MD, "KeyDescriptor")) {
            if (use.equals(keyDescriptor.getAttributeNS(null, "use"))) {
                count++;
            }
        }
        if (count >= min && count <= max) {
            return List.of();
        }
        return List.of(spec(Finding.of(FindingCode.METADATA_KEY_DESCRIPTOR_COUNT, entityId, use, count, min + "-" + max), "§8.4"));
    }

    /** M6: every ACS has an index and uses HTTP-Artifact; with more than one, exactly one is the default. */
    static List<Finding> assertionConsumers(Element sp) {
        List<Finding> findings = new ArrayList<>();
        List<Element> services = Dom.children(sp, SamlNames.MD, "AssertionConsumerService");
        if (services.isEmpty()) {
            return List.of(spec(Finding.of(FindingCode.METADATA_ACS_MISSING), "§8.3"));
        }
        for (Element service : services) {
            String location = service.getAttributeNS(null, "Location");
            if (Dom.attribute(service, "index").isEmpty()) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ACS_INDEX_MISSING, location), "§8.3")
                        .withEvidence("location", location));
            }
            String binding = service.getAttributeNS(null, "Binding");
            if (!HTTP_ARTIFACT.equals(binding)) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ACS_BINDING_NOT_ARTIFACT, location, binding), "§3.1.1")
                        .withEvidence("location", location).withEvidence("binding", binding));
            }
        }
        if (services.size() > 1) {
            long defaults = defaults(services);
            if (defaults != 1) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ACS_DEFAULT_NOT_ONE, services.size(), defaults), "§8.3"));
            }
        }
        return findings;
    }

    /** M7: a SingleLogoutService when the DV joins Eenmalig Inloggen, and at least one with HTTP-POST when any. */
    static List<Finding> singleLogout(Element sp, boolean eenmaligInloggen) {
        List<Element> services = Dom.children(sp, SamlNames.MD, "SingleLogoutService");
        if (services.isEmpty()) {
            return eenmaligInloggen ? List.of(spec(Finding.of(FindingCode.METADATA_SLO_MISSING), "§8.3")) : List.of();
        }
        List<String> bindings = services.stream().map(service -> service.getAttributeNS(null, "Binding")).toList();
        if (bindings.contains(HTTP_POST)) {
            return List.of();
        }
        return List.of(spec(Finding.of(FindingCode.METADATA_SLO_BINDING_NOT_POST, String.join(", ", bindings)), "§8.3"));
    }

    /** M8: each AttributeConsumingService has an index, a ServiceName and a ServiceUUID; one default among several. */
    static List<Finding> attributeConsumers(Element sp) {
        List<Finding> findings = new ArrayList<>();
        List<Element> services = Dom.children(sp, SamlNames.MD, "AttributeConsumingService");
        for (int i = 0; i < services.size(); i++) {
            Element service = services.get(i);
            Optional<String> index = Dom.attribute(service, "index");
            if (index.isEmpty()) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ATTRIBUTE_SERVICE_INDEX_MISSING, i + 1), "§8.3"));
            }
            String name = index.orElse("-");
            if (Dom.children(service, SamlNames.MD, "ServiceName").stream().allMatch(n -> n.getTextContent().isBlank())) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ATTRIBUTE_SERVICE_NAME_MISSING, name), "§8.3"));
            }
            boolean namesUuid = Dom.children(service, SamlNames.MD, "RequestedAttribute").stream()
                    .anyMatch(requested -> SamlNames.SERVICE_UUID_ATTRIBUTE.equals(requested.getAttributeNS(null, "Name")));
            if (!namesUuid) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ATTRIBUTE_SERVICE_UUID_ABSENT, name), "§8.3"));
            }
        }
        if (services.size() > 1) {
            long defaults = defaults(services);
            if (defaults != 1) {
                findings.add(spec(Finding.of(FindingCode.METADATA_ATTRIBUTE_SERVICE_DEFAULT_NOT_ONE, services.size(), defaults), "§8.3"));
            }
        }
        return findings;
    }

    /** M11: the elements §8.3 does not list, named once each; TVS ignores them where it can (§7.2), so INFO only. */
    static List<Finding> elementsNotInSpec(Element entity) {
        Set<String> extra = new LinkedHashSet<>();
        for (Element child : elements(entity)) {
            if (!ENTITY_CHILDREN.contains(child.getLocalName())) {
                extra.add(child.getLocalName());
            } else if (Dom.is(child, SamlNames.MD, "SPSSODescriptor")) {
                for (Element spChild : elements(child)) {
                    if (!SP_CHILDREN.contains(spChild.getLocalName())) {
                        extra.add(spChild.getLocalName());
                    } else if (spChild.getLocalName().equals("KeyDescriptor")) {
                        collect(spChild, KEY_DESCRIPTOR_CHILDREN, extra);
                        Dom.child(spChild, SamlNames.DS, "KeyInfo").ifPresent(keyInfo -> collect(keyInfo, KEY_INFO_CHILDREN, extra));
                    } else if (spChild.getLocalName().equals("AttributeConsumingService")) {
                        collect(spChild, ATTRIBUTE_SERVICE_CHILDREN, extra);
                    }
                }
            }
        }
        if (extra.isEmpty()) {
            return List.of();
        }
        return List.of(spec(Finding.of(FindingCode.METADATA_ELEMENTS_NOT_IN_SPEC, String.join(", ", extra)), "§7.2")
                .withEvidence("elements", String.join(" ", extra)));
    }

    /** How many of the services say {@code isDefault="true"}. */
    private static long defaults(List<Element> services) {
        long defaults = 0;
        for (Element service : services) {
            if (isTrue(service.getAttributeNS(null, "isDefault"))) {
                defaults++;
            }
        }
        return defaults;
    }

    private static void collect(Element parent, Set<String> listed, Set<String> extra) {
        for (Element child : elements(parent)) {
            if (!listed.contains(child.getLocalName())) {
                extra.add(child.getLocalName());
            }
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static Finding spec(Finding finding, String section) {
        return finding.withEvidence("spec", section);
    }

    private static boolean isTrue(String value) {
        String stripped = value.strip();
        return "true".equals(stripped) || "1".equals(stripped);
    }

    /** Whether the whitespace-separated list holds the token (a list attribute such as protocolSupportEnumeration). */
    private static boolean hasToken(String list, String token) {
        int start = 0;
        while (start < list.length()) {
            while (start < list.length() && isSpace(list.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < list.length() && !isSpace(list.charAt(end))) {
                end++;
            }
            if (end - start == token.length() && list.startsWith(token, start)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /**
     * An xs:dateTime as an instant, as {@code XMLGregorianCalendar} reads it (to the millisecond). The usual form,
     * seconds and an explicit zone, is read from its fixed positions with {@code java.time} (what
     * {@code ISO_OFFSET_DATE_TIME} would read, without the formatter's parsing and resolving, which cost more than the
     * rest of the validity rule); every other form (no zone: the JVM's, year 0000, hour 24, ...) and any value
     * {@code java.time} refuses goes the calendar's way.
     */
    static Optional<Instant> dateTime(String text) {
        String stripped = text.strip();
        Matcher plain = PLAIN_DATE_TIME.matcher(stripped);
        if (plain.matches()) {
            try {
                return Optional.of(plainDateTime(stripped, plain.group(1), plain.group(2)).toInstant().truncatedTo(ChronoUnit.MILLIS));
            } catch (DateTimeException e) {
                // e.g. 24:00:00 or 29 February of a common year: the calendar decides
            }
        }
        try {
            return Optional.of(DATATYPES.newXMLGregorianCalendar(stripped).toGregorianCalendar().toInstant());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, the fraction (with its dot, or null) and the zone ({@code Z} or {@code ±hh:mm}). */
    private static OffsetDateTime plainDateTime(String text, String fraction, String zone) {
        int nanos = 0;
        if (fraction != null) {
            for (int i = 1; i < 10; i++) {
                nanos = nanos * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
            }
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (!zone.equals("Z")) {
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * digits(zone, 1, 3), sign * digits(zone, 4, 6));
        }
        return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                digits(text, 14, 16), digits(text, 17, 19), nanos, offset);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("The JDK always has an XML datatype factory", e);
        }
    }
}
