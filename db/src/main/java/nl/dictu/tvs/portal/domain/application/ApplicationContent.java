package nl.dictu.tvs.portal.domain.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an applicant submits (or resubmits after a correction) for the preproduction connection.
 *
 * @param certificatePem        the PKIoverheid signing certificate with its chain, PEM
 * @param preproductionMetadata the signed SAML metadata, as uploaded
 * @param contacts              at most one per role
 * @param checklistAnswers      at most one per item; which items must be answered is the checklist's business
 * @param serviceUuidDelivery   how the web service sends its ServiceUUID: in its metadata or in the AuthnRequest
 */
public record ApplicationContent(List<ServiceDeclaration> services, boolean eenmaligInloggen,
                                 String certificatePem, byte[] preproductionMetadata, String termsVersion,
                                 List<Contact> contacts, List<ChecklistAnswer> checklistAnswers,
                                 ServiceUuidDelivery serviceUuidDelivery) {

    public static final int PEM_MAX = 200_000;
    public static final int METADATA_MAX = 1024 * 1024;

    public ApplicationContent {
        Objects.requireNonNull(termsVersion, "termsVersion");
        if (services == null || services.isEmpty()) {
            throw InvalidApplicationException.of("services", "application.invalid.noServices");
        }
        int duplicateService = firstRepeated(services.stream().map(ServiceDeclaration::name).toList());
        if (duplicateService >= 0) {
            throw InvalidApplicationException.of("services[" + duplicateService + "].name",
                    "application.invalid.duplicateService");
        }
        if (certificatePem == null || certificatePem.isBlank() || certificatePem.length() > PEM_MAX) {
            throw InvalidApplicationException.of("certificatePem", "application.invalid.certificate");
        }
        if (preproductionMetadata == null || preproductionMetadata.length == 0
                || preproductionMetadata.length > METADATA_MAX) {
            throw InvalidApplicationException.of("metadata", "application.invalid.metadata");
        }
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        int duplicateRole = firstRepeated(contacts.stream().map(Contact::role).toList());
        if (duplicateRole >= 0) {
            throw InvalidApplicationException.of("contacts[" + duplicateRole + "].role",
                    "application.invalid.duplicateContactRole");
        }
        checklistAnswers = checklistAnswers == null ? List.of() : List.copyOf(checklistAnswers);
        int duplicateAnswer = firstRepeated(checklistAnswers.stream().map(ChecklistAnswer::itemCode).toList());
        if (duplicateAnswer >= 0) {
            throw InvalidApplicationException.of("checklist[" + duplicateAnswer + "].code",
                    "application.invalid.duplicateChecklistAnswer", checklistAnswers.get(duplicateAnswer).itemCode());
        }
        if (serviceUuidDelivery == null) {
            throw InvalidApplicationException.of("serviceUuidDelivery", "application.invalid.serviceUuidDelivery");
        }
        services = List.copyOf(services);
        preproductionMetadata = preproductionMetadata.clone();
    }

    /** Content whose web service lists its ServiceUUID in its metadata (tests, tools). */
    public ApplicationContent(List<ServiceDeclaration> services, boolean eenmaligInloggen,
                              String certificatePem, byte[] preproductionMetadata, String termsVersion,
                              List<Contact> contacts, List<ChecklistAnswer> checklistAnswers) {
        this(services, eenmaligInloggen, certificatePem, preproductionMetadata, termsVersion, contacts, checklistAnswers,
                ServiceUuidDelivery.METADATA);
    }

    /** Content without contacts or checklist answers (tests, tools). */
    public ApplicationContent(List<ServiceDeclaration> services, boolean eenmaligInloggen,
                              String certificatePem, byte[] preproductionMetadata, String termsVersion) {
        this(services, eenmaligInloggen, certificatePem, preproductionMetadata, termsVersion, List.of(), List.of());
    }

    /** The index of the first value that appeared before it in the list, or -1. */
    private static int firstRepeated(List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The login means any of the services offers. */
    public Set<LoginMeans> loginMeans() {
        Set<LoginMeans> means = new HashSet<>();
        services.forEach(service -> service.minimumLevels().forEach(level -> means.add(level.loginMeans())));
        return means;
    }

    /** The same content with some checklist answers replaced (a rework of rejected items). */
    public ApplicationContent withChecklistAnswers(List<ChecklistAnswer> replacements) {
        List<ChecklistAnswer> merged = new ArrayList<>(checklistAnswers.stream()
                .filter(a -> replacements.stream().noneMatch(r -> r.itemCode().equals(a.itemCode())))
                .toList());
        merged.addAll(replacements);
        return new ApplicationContent(services, eenmaligInloggen, certificatePem, preproductionMetadata, termsVersion,
                contacts, merged, serviceUuidDelivery);
    }

    /**
     * The same content with the preproduction certificate and metadata the applicant supplied once the ServiceUUIDs
     * were issued, in the way the web service now sends its ServiceUUID.
     */
    public ApplicationContent withPreproductionMetadata(String newCertificatePem, byte[] newMetadata,
                                                        ServiceUuidDelivery newServiceUuidDelivery) {
        return new ApplicationContent(services, eenmaligInloggen, newCertificatePem, newMetadata, termsVersion,
                contacts, checklistAnswers, newServiceUuidDelivery);
    }
}
