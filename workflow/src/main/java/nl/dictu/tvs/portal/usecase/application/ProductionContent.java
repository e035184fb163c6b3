package nl.dictu.tvs.portal.usecase.application;

import java.time.LocalDate;

/**
 * The production request as last submitted, to fill in the form again when it needs correcting.
 *
 * @param metadataText the production metadata as text (UTF-8), or empty when none was submitted
 */
public record ProductionContent(String certificatePem, String metadataText, LocalDate desiredGoLive) {
}
