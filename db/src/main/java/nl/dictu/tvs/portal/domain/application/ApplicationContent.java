package nl.dictu.tvs.portal.domain.application;

import java.util.List;
import java.util.Objects;

/**
 * What an applicant submits (or resubmits after a correction) for the preproduction connection.
 *
 * @param certificatePem        the PKIoverheid signing certificate with its chain, PEM
 * @param preproductionMetadata the signed SAML metadata, as uploaded
 */
public record ApplicationContent(List<ServiceDeclaration> services, boolean eenmaligInloggen,
                                 String certificatePem, byte[] preproductionMetadata, String termsVersion) {

    public static final int PEM_MAX = 200_000;
    public static final int METADATA_MAX = 1024 * 1024;

    public ApplicationContent {
        Objects.requireNonNull(termsVersion, "termsVersion");
        if (services == null || services.isEmpty()) {
            throw new InvalidApplicationException("application.invalid.noServices");
        }
        if (services.stream().map(ServiceDeclaration::name).distinct().count() != services.size()) {
            throw new InvalidApplicationException("application.invalid.duplicateService");
        }
        if (certificatePem == null || certificatePem.isBlank() || certificatePem.length() > PEM_MAX) {
            throw new InvalidApplicationException("application.invalid.certificate");
        }
        if (preproductionMetadata == null || preproductionMetadata.length == 0
                || preproductionMetadata.length > METADATA_MAX) {
            throw new InvalidApplicationException("application.invalid.metadata");
        }
        services = List.copyOf(services);
        preproductionMetadata = preproductionMetadata.clone();
    }
}
