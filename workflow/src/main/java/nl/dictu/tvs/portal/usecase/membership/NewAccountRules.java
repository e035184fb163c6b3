package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.domain.user.UserAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a new account must meet, whether it comes from an invitation or a demo registration: a
 * name, a plausible e-mail address short enough to be the user name, and a password of at least
 * {@value #PASSWORD_MIN} characters, typed twice alike. Whether the address already has an account
 * is not a rule of the form: the answer would tell it to anyone.
 */
final class NewAccountRules {

    static final int PASSWORD_MIN = AccountService.PASSWORD_MIN;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private NewAccountRules() {
    }

    static void require(NewAccount account) {
        List<ActionRefusedException> refusals = problems(account);
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /** Every field of the account that does not meet its rule, in the form's order; empty when all do. */
    static List<ActionRefusedException> problems(NewAccount account) {
        List<ActionRefusedException> refusals = new ArrayList<>();
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

    /** An address that becomes a user name must fit one (the user name is the shorter of the two columns). */
    private static Optional<ActionRefusedException> emailProblem(String email) {
        String value = email == null ? "" : email.strip();
        if (!EMAIL.matcher(value).matches()) {
            return Optional.of(ActionRefusedException.of("email", "account.invalid.email", value));
        }
        if (value.length() > UserAccount.USERNAME_MAX) {
            return Optional.of(ActionRefusedException.of("email", "account.invalid.emailLength",
                    String.valueOf(UserAccount.USERNAME_MAX)));
        }
        return Optional.empty();
    }
}
