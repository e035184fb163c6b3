package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.RolloverUse;

import java.time.LocalDate;

/**
 * What an applicant hands in for a rollover: the use, the next certificate (PEM or DER, with its chain if wanted),
 * the metadata listing the current and the next certificate for that use, and the day TVS is to switch (may be null:
 * then it is refused as missing).
 */
public record RolloverRequest(RolloverUse use, byte[] certificate, byte[] metadata, LocalDate activationDate) {

    public RolloverRequest {
        certificate = certificate == null ? new byte[0] : certificate.clone();
        metadata = metadata == null ? new byte[0] : metadata.clone();
    }
}
