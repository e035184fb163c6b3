package nl.dictu.tvs.portal.usecase.administration;

/**
 * An account an admin created: its user name as stored (stripped, lower case: the one to sign in
 * with) and its one-time password, shown once and stored only as a hash.
 */
public record CreatedAccount(String username, String oneTimePassword) {
}
