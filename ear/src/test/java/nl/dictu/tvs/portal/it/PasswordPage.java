package nl.dictu.tvs.portal.it;

/** Where every signed-in person changes their password, and where a one-time password leads. */
final class PasswordPage {

    static final String PATH = "/account/password.xhtml";

    private PasswordPage() {
    }
}
