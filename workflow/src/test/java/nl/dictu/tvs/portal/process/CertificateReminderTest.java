package nl.dictu.tvs.portal.process;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateReminderTest {

    @Test
    void shouldRemindSixtyDaysBeforeTheCertificateExpiresAsIsoDateTimeWithOffset() {
        // given a certificate valid until 14 November 2026, 12:00 UTC
        Instant notAfter = Instant.parse("2026-11-14T12:00:00Z");

        // when
        String reminderAt = CertificateReminder.reminderAt(notAfter);

        // then 15 September 2026, 14:00 Dutch summer time, with seconds and offset
        assertThat(reminderAt).isEqualTo("2026-09-15T14:00:00+02:00");
        assertThat(OffsetDateTime.parse(reminderAt).toInstant()).isEqualTo(Instant.parse("2026-09-15T12:00:00Z"));
    }
}
