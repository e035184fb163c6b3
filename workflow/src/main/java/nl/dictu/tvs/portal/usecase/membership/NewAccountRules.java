package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a new account must meet, whether it comes from an invitation or a demo registration: a
 * free user name of letters, digits and {@code . _ - @}, a name, a plausible e-mail address and a
 * password of at least {@value #PASSWORD_MIN} characters, typed twice alike.
 */
final class NewAccountRules {

    static final int PASSWORD_MIN = AccountService.PASSWORD_MIN;
    static final int USERNAME_MIN = 3;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private NewAccountRules() {
    }

    static void require(NewAccount account, UserAccountRepository accounts) {
        List<ActionRefusedException> refusals = problems(account, accounts);
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /** Every field of the account that does not meet its rule, in the form's order; empty when all do. */
    static List<ActionRefusedException> problems(NewAccount account, UserAccountRepository accounts) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        String username = account.username() == null ? "" : UserAccount.normalise(account.username());
        if (username.length() < USERNAME_MIN || username.length() > UserAccount.USERNAME_MAX
                || !USERNAME.matcher(username).matches()) {
            refusals.add(ActionRefusedException.of("username", "account.invalid.username", String.valueOf(USERNAME_MIN),
                    String.valueOf(UserAccount.USERNAME_MAX)));
        } else if (accounts.findByUsername(username).isPresent()) {
            refusals.add(ActionRefusedException.of("username", "account.usernameTaken", username));
        }
        String displayName = account.displayName() == null ? "" : account.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > UserAccount.DISPLAY_NAME_MAX) {
            refusals.add(ActionRefusedException.of("displayName", "account.invalid.displayName",
                    String.valueOf(UserAccount.DISPLAY_NAME_MAX)));
        }
        emailProblem(account.email()).ifPresent(refusals::add);
        String password = account.password() == null ? "" : account.password();
        if (password.length() < PASSWORD_MIN || password.length() > AccountService.PASSWORD_MAX) {
            refusals.add(ActionRefusedException.of("password", "account.invalid.password", String.valueOf(PASSWORD_MIN),
                    String.valueOf(AccountService.PASSWORD_MAX)));
        }
        if (!password.equals(account.passwordRepeat())) {
            refusals.add(ActionRefusedException.of("passwordRepeat", "account.invalid.passwordRepeat"));
        }
        return refusals;
    }

    static void requireEmail(String email) {
        Optional<ActionRefusedException> problem = emailProblem(email);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private static Optional<ActionRefusedException> emailProblem(String email) {
        String value = email == null ? "" : email.strip();
        if (value.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            return Optional.of(ActionRefusedException.of("email", "account.invalid.email", value));
        }
        return Optional.empty();
    }
}
