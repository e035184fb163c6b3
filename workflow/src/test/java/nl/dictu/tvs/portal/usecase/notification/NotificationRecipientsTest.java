package nl.dictu.tvs.portal.usecase.notification;

import nl.dictu.tvs.portal.domain.user.MemberRole;
import org.junit.jupiter.api.Test;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICATION_REJECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.PREPRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.YEARLY_SECURITY_ASSESSMENT_DUE;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationRecipientsTest {

    @Test
    void shouldTellEveryMemberOfDecisionsDocumentsAndExpiry() {
        for (String template : new String[] {APPLICATION_REJECTED, PREPRODUCTION_CONNECTED,
                MailTemplates.CONNECTION_ITEM_EXPIRING, MailTemplates.CONNECTION_TERMINATION}) {
            assertThat(NotificationRecipients.roles(template)).as(template).containsExactlyInAnyOrder(MemberRole.values());
        }
    }

    @Test
    void shouldTellThoseWhoDoTheWorkOfAnOpenTask() {
        assertThat(NotificationRecipients.roles(MailTemplates.APPLICANT_TASK_OPENED))
                .containsExactlyInAnyOrder(MemberRole.APPLICANT, MemberRole.TECHNICAL_CONTACT);
        assertThat(NotificationRecipients.roles(YEARLY_SECURITY_ASSESSMENT_DUE))
                .containsExactlyInAnyOrder(MemberRole.APPLICANT, MemberRole.SIGNATORY);
    }
}
