/**
 * Machine clients of API v1: their registration by a member (a public key and scopes), the OAuth 2
 * token endpoint's client assertions (private_key_jwt, RFC 7523), the access tokens it issues, and
 * the Idempotency-Key answers of their POSTs.
 */
package nl.dictu.tvs.portal.usecase.apiaccess;
