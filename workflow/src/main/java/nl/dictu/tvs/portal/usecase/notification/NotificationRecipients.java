package nl.dictu.tvs.portal.usecase.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.MailRecipient;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.APPLICANT_TASK_REMINDER;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.FIRST_SECURITY_ASSESSMENT_DUE;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.REVIEWER_TASK_ESCALATED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Notifications.YEARLY_SECURITY_ASSESSMENT_DUE;

/**
 * The one rule for who of an organisation is told about what happens to its applications and
 * connections: every enabled member whose role concerns the mail, each in their own language, never
 * only the one who submitted. Work to do on an application (a correction, a reminder) concerns the
 * applicants and technical contacts; a security assessment the applicants and signatories; everything
 * else (status changes, approvals, refusals, documents issued, expiry reminders) every member.
 * Escalations of reviewer tasks go to the reviewers.
 */
@Dependent
public class NotificationRecipients {

    private static final Set<MemberRole> EVERY_MEMBER = EnumSet.allOf(MemberRole.class);
    private static final Set<MemberRole> WORK = EnumSet.of(MemberRole.APPLICANT, MemberRole.TECHNICAL_CONTACT);
    private static final Set<MemberRole> ASSESSMENT = EnumSet.of(MemberRole.APPLICANT, MemberRole.SIGNATORY);

    private final UserAccountRepository accounts;

    @Inject
    public NotificationRecipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Who gets the mail of this template about the organisation with this OIN. */
    public List<MailRecipient> of(String templateKey, String organisationOin) {
        if (REVIEWER_TASK_ESCALATED.equals(templateKey)) {
            return accounts.recipientsWithRole(Role.REVIEWER);
        }
        return accounts.memberRecipients(organisationOin, roles(templateKey));
    }

    /** The member roles a template concerns. */
    public static Set<MemberRole> roles(String templateKey) {
        return switch (templateKey) {
            case APPLICANT_TASK_REMINDER, MailTemplates.APPLICANT_TASK_OPENED -> WORK;
            case FIRST_SECURITY_ASSESSMENT_DUE, YEARLY_SECURITY_ASSESSMENT_DUE, MailTemplates.SECURITY_ASSESSMENT_DUE,
                 MailTemplates.SECURITY_ASSESSMENT_AANMANING -> ASSESSMENT;
            default -> EVERY_MEMBER;
        };
    }
}
