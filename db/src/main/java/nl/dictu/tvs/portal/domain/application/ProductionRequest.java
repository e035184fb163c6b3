package nl.dictu.tvs.portal.domain.application;

import java.time.LocalDate;

/**
 * The applicant's request for the production connection: the production certificate and metadata,
 * the confirmation that testing on preproduction is complete, and the desired go-live date.
 */
public record ProductionRequest(String certificatePem, byte[] metadata, boolean testingCompleted,
                                LocalDate desiredGoLive) {

    public ProductionRequest {
        if (certificatePem == null || certificatePem.isBlank() || certificatePem.length() > ApplicationContent.PEM_MAX) {
            throw InvalidApplicationException.of("certificatePem", "application.invalid.certificate");
        }
        if (metadata == null || metadata.length == 0 || metadata.length > ApplicationContent.METADATA_MAX) {
            throw InvalidApplicationException.of("metadata", "application.invalid.metadata");
        }
        if (!testingCompleted) {
            throw InvalidApplicationException.of("testingCompleted", "application.invalid.testingNotCompleted");
        }
        metadata = metadata.clone();
    }
}
