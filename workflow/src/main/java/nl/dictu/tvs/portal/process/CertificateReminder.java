package nl.dictu.tvs.portal.process;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The value of {@code certificateReminderAt}: when the applicant is reminded to replace the signing
 * certificate of the production metadata, {@value #DAYS_BEFORE_EXPIRY} days before it expires.
 * The production-connection delegate sets it from the certificate's {@code notAfter}.
 */
public final class CertificateReminder {

    public static final int DAYS_BEFORE_EXPIRY = 60;

    private CertificateReminder() {
    }

    /** ISO-8601 with offset, as the engine's timer date parser expects. */
    public static String reminderAt(Instant certificateNotAfter) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                certificateNotAfter.minus(Duration.ofDays(DAYS_BEFORE_EXPIRY)).atZone(WorkingDays.ZONE));
    }
}
