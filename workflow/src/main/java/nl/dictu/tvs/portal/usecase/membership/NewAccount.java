package nl.dictu.tvs.portal.usecase.membership;

/**
 * What a newcomer fills in for their own account; its user name is the e-mail address (an
 * invitation's: the invited one). The password is hashed (PBKDF2, as every password) and never kept
 * otherwise.
 *
 * @param language "nl" or "en": the language of their mail and documents
 */
public record NewAccount(String displayName, String email, String password, String passwordRepeat, String language) {

    @Override
    public String toString() {
        return "NewAccount[" + email + "]";
    }
}
