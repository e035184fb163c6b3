package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDispatcherTest {

    private final ServiceTestBed bed = new ServiceTestBed();
    private final List<RenderedMail> delivered = new ArrayList<>();
    private int failuresToCome;

    private final OutboxSteps steps = bed.outboxSteps();

    private final MailTransport transport = mail -> {
        if (failuresToCome-- > 0) {
            throw new MailDeliveryException("Connection refused: smtp.example:25", null);
        }
        delivered.add(mail);
    };

    @AfterEach
    void close() {
        bed.close();
    }

    private OutboxMail onlyMail() {
        return bed.outbox.findByKey("pi-9:ai-9:anne@voorbeeldstad.example").orElseThrow();
    }

    @Test
    void shouldRetryAFailedMailAfterTheBackoffAndSendItExactlyOnce() {
        bed.inTransaction(() -> bed.outbox.queueOnce(new OutboxMail("pi-9:ai-9:anne@voorbeeldstad.example",
                "anne@voorbeeldstad.example", "preproductionConnected", "nl",
                new MailParameters("TVS-2026-00042", null, null).toJson(), bed.clock.instant())));
        OutboxDispatcher dispatcher = new OutboxDispatcher(steps, transport);
        failuresToCome = 1;

        int firstRound = dispatcher.dispatchDue();
        OutboxMail afterFailure = onlyMail();
        int tooEarly = dispatcher.dispatchDue();
        bed.clock.advance(Duration.ofMinutes(1));
        int afterBackoff = dispatcher.dispatchDue();
        int afterSent = dispatcher.dispatchDue();

        assertThat(firstRound).isZero();
        assertThat(afterFailure.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(afterFailure.getLastError()).contains("Connection refused");
        assertThat(tooEarly).isZero();
        assertThat(afterBackoff).isEqualTo(1);
        assertThat(afterSent).isZero();
        assertThat(delivered).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("anne@voorbeeldstad.example");
            assertThat(mail.subject()).isEqualTo("Aanvraag TVS-2026-00042: aangesloten op preproductie");
        });
        assertThat(onlyMail().getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(onlyMail().getAttempts()).isEqualTo(2);
    }

    /**
     * A sender that died between claiming and marking (kill -9) leaves the mail SENDING: within the
     * lease nobody sends it, after it another sender does, once, with the Message-ID of the first
     * attempt; the dead sender's late outcome, should it come, changes nothing.
     */
    @Test
    void shouldSendAMailWhoseSenderDiedAfterClaimingOnceItsLeaseRanOut() {
        bed.inTransaction(() -> bed.outbox.queueOnce(new OutboxMail("pi-9:ai-9:anne@voorbeeldstad.example",
                "anne@voorbeeldstad.example", "preproductionConnected", "nl",
                new MailParameters("TVS-2026-00042", null, null).toJson(), bed.clock.instant())));
        ClaimedMail claimedByTheDeadSender = steps.claimDue(OutboxDispatcher.BATCH).get(0);
        OutboxDispatcher dispatcher = new OutboxDispatcher(steps, transport);

        int withinLease = dispatcher.dispatchDue();
        bed.clock.advance(ServiceTestBed.OUTBOX_LEASE);
        int afterLease = dispatcher.dispatchDue();
        steps.recordFailure(claimedByTheDeadSender, "the dead sender's late word");
        int afterwards = dispatcher.dispatchDue();

        assertThat(withinLease).isZero();
        assertThat(afterLease).isEqualTo(1);
        assertThat(afterwards).isZero();
        assertThat(delivered).singleElement().satisfies(mail -> assertThat(mail.messageIdLocalPart())
                .contains(claimedByTheDeadSender.messageIdLocalPart()));
        assertThat(claimedByTheDeadSender.messageIdLocalPart()).startsWith("tvs-outbox-" + onlyMail().getId() + ".")
                .doesNotContain("anne");
        assertThat(onlyMail().getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(onlyMail().getLastError()).isNull();
        assertThat(onlyMail().getAttempts()).isEqualTo(2);
    }

    @Test
    void shouldRenderEveryTemplateInDutchAndEnglish() {
        MailParameters parameters = new MailParameters("TVS-2026-00042", "registerApplication", "Onvolledig");
        MailTemplates templates = new MailTemplates();

        for (String template : List.of("applicantTaskReminder", "reviewerTaskEscalated", "applicationRejected",
                "applicationExpired", "applicationWithdrawn", "preproductionConnected", "productionConnected",
                "firstSecurityAssessmentDue", "yearlySecurityAssessmentDue", "certificateExpiring", "applicationReceived")) {
            RenderedMail dutch = templates.render(template, Locale.forLanguageTag("nl"), "a@example.nl", parameters);
            RenderedMail english = templates.render(template, Locale.ENGLISH, "a@example.nl", parameters);
            assertThat(dutch.subject()).as(template).contains("TVS-2026-00042").isNotEqualTo(english.subject());
            assertThat(english.body()).as(template).contains("TVS-2026-00042").doesNotContain("{");
        }
        assertThat(templates.render("reviewerTaskEscalated", Locale.forLanguageTag("nl"), "r@example.nl", parameters).body())
                .contains("\"Aanvraag registreren\"");
        assertThat(templates.render("applicationRejected", Locale.ENGLISH, "a@example.nl", parameters).body())
                .contains("Onvolledig");
    }
}
