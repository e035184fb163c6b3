package nl.dictu.tvs.portal.domain.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The applicant's request for the production connection: the production certificate and metadata,
 * the confirmation that testing on preproduction is complete, the desired go-live date, and the
 * answers to the checklist items asked at the production request (e.g. Logius' C1).
 */
public record ProductionRequest(String certificatePem, byte[] metadata, boolean testingCompleted,
                                LocalDate desiredGoLive, List<ChecklistAnswer> checklistAnswers) {

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
        checklistAnswers = checklistAnswers == null ? List.of() : List.copyOf(checklistAnswers);
    }
}
