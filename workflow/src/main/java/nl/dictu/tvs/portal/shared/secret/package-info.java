/**
 * Secrets the portal must read back (second-factor keys), kept in the database only encrypted with a
 * key that lives outside it ({@code TVS_SECRETS_KEY_FILE}): a copy of the database alone reveals none.
 */
package nl.dictu.tvs.portal.shared.secret;
