package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

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
        String username = account.username() == null ? "" : UserAccount.normalise(account.username());
        if (username.length() < USERNAME_MIN || username.length() > UserAccount.USERNAME_MAX
                || !USERNAME.matcher(username).matches()) {
            throw ActionRefusedException.of("username", "account.invalid.username", String.valueOf(USERNAME_MIN),
                    String.valueOf(UserAccount.USERNAME_MAX));
        }
        String displayName = account.displayName() == null ? "" : account.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > UserAccount.DISPLAY_NAME_MAX) {
            throw ActionRefusedException.of("displayName", "account.invalid.displayName", String.valueOf(UserAccount.DISPLAY_NAME_MAX));
        }
        requireEmail(account.email());
        String password = account.password() == null ? "" : account.password();
        if (password.length() < PASSWORD_MIN || password.length() > AccountService.PASSWORD_MAX) {
            throw ActionRefusedException.of("password", "account.invalid.password", String.valueOf(PASSWORD_MIN),
                    String.valueOf(AccountService.PASSWORD_MAX));
        }
        if (!password.equals(account.passwordRepeat())) {
            throw ActionRefusedException.of("passwordRepeat", "account.invalid.passwordRepeat");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw ActionRefusedException.of("username", "account.usernameTaken", username);
        }
    }

    static void requireEmail(String email) {
        String value = email == null ? "" : email.strip();
        if (value.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            throw ActionRefusedException.of("email", "account.invalid.email", value);
        }
    }
}
