package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

/** Every queued mail carries its recipient's preferred language, and renders in it. */
class MailLanguageTest {

    private final ServiceTestBed bed = new ServiceTestBed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void shouldQueueAndRenderTheMailInTheRecipientsLanguage() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();
        bed.inTransaction(() -> bed.em.createQuery("select u from UserAccount u where u.username = 'anne'", UserAccount.class)
                .getSingleResult().changePreferredLanguage(UserAccount.ENGLISH));

        bed.inTransaction(() -> bed.taskCommands.complete(reviewer("rev1"), bed.taskId(reference, REGISTER_APPLICATION),
                TaskDecision.reject("Not a government service")));
        bed.runDueJobs();

        List<OutboxMail> mails = bed.outbox.withStatus(MailStatus.PENDING).stream()
                .filter(mail -> !mail.getTemplateKey().equals(ConnectionRequestModel.Notifications.APPLICATION_RECEIVED)).toList();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getLocale()).isEqualTo("en");
            RenderedMail rendered = new MailTemplates().render(mail.getTemplateKey(), Locale.forLanguageTag(mail.getLocale()),
                    mail.getRecipient(), MailParameters.fromJson(mail.getParametersJson()));
            assertThat(rendered.subject()).isEqualTo("Application " + reference + " has been rejected");
            assertThat(rendered.body()).contains("Not a government service");
        });
    }

    @Test
    void shouldWriteInDutchForARecipientWhoKeptTheDefault() {
        String reference = bed.inTransaction(() -> bed.applicationCommands.submit(anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();

        bed.inTransaction(() -> bed.applicationCommands.withdraw(anne(), reference));
        bed.runDueJobs();

        assertThat(bed.outbox.withStatus(MailStatus.PENDING)).hasSize(2)
                .allSatisfy(mail -> assertThat(mail.getLocale()).isEqualTo("nl"))
                .extracting(OutboxMail::getTemplateKey)
                .contains(ConnectionRequestModel.Notifications.APPLICATION_RECEIVED);
    }
}
