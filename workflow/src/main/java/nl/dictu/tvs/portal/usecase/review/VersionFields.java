package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A version of the form as the fields a reviewer reads and compares, keyed by the bundle key of
 * their label ({@code dossier.field.*}). Certificates and metadata appear as their SHA-256, so a
 * changed upload shows as a changed value without printing kilobytes.
 */
final class VersionFields {

    static final String SERVICE_PREFIX = "dossier.field.service:";

    private VersionFields() {
    }

    static Map<String, String> of(ApplicationVersion version) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ServiceDeclaration service : version.services()) {
            fields.put(SERVICE_PREFIX + service.name(), service.minimumLevels().stream()
                    .map(AssuranceLevel::name).sorted().collect(Collectors.joining(", ")));
        }
        fields.put("dossier.field.eenmaligInloggen", String.valueOf(version.isEenmaligInloggen()));
        fields.put("dossier.field.certificateSha256", Sha256.hex(version.certificatePemBytes()));
        fields.put("dossier.field.preproductionMetadataSha256", version.getPreproductionMetadataSha256());
        version.getProductionCertificatePem().ifPresent(pem -> fields.put("dossier.field.productionCertificateSha256",
                Sha256.hex(pem.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        version.getProductionMetadataSha256().ifPresent(sha -> fields.put("dossier.field.productionMetadataSha256", sha));
        if (version.getProductionMetadataSha256().isPresent()) {
            fields.put("dossier.field.testingCompleted", String.valueOf(version.isTestingCompleted()));
        }
        version.getDesiredGoLive().ifPresent(date -> fields.put("dossier.field.desiredGoLive", date.toString()));
        fields.put("dossier.field.termsVersion", version.getTermsAcceptance().termsVersion());
        return fields;
    }

    /** What changed from each version to the next: added, removed and changed fields, in field order. */
    static List<DossierView.Difference> differences(List<DossierView.Version> versions) {
        List<DossierView.Difference> differences = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            DossierView.Version from = versions.get(i - 1);
            DossierView.Version to = versions.get(i);
            Map<String, String> all = new LinkedHashMap<>(from.fields());
            to.fields().forEach(all::putIfAbsent);
            for (String field : all.keySet()) {
                String before = from.fields().get(field);
                String after = to.fields().get(field);
                if (before == null ? after != null : !before.equals(after)) {
                    differences.add(new DossierView.Difference(from.number(), to.number(), field, before, after));
                }
            }
        }
        return differences;
    }
}
