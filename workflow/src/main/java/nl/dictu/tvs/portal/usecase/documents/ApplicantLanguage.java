package nl.dictu.tvs.portal.usecase.documents;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.util.Locale;

/**
 * The language of an application's documents and mail: the submitting user's language, Dutch
 * unless that is English.
 */
@Dependent
public class ApplicantLanguage {

    private final UserAccountRepository accounts;

    @Inject
    public ApplicantLanguage(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Locale of(Application application) {
        return accounts.findByUsername(application.getCreatedBy())
                .map(account -> UserAccount.ENGLISH.equals(account.getPreferredLanguage())
                        ? IssueContext.ENGLISH : IssueContext.DUTCH)
                .orElse(IssueContext.DUTCH);
    }
}
