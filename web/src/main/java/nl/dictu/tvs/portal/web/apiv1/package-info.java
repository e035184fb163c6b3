/**
 * API v1 at {@code /api/v1}, for machine clients with OAuth 2 access tokens (no session), to the
 * Dutch API Design Rules: {@code API-Version} on every answer, RFC 9457 problem documents for every
 * error, paging with links, {@code Idempotency-Key} on every POST. The rules stay in the services.
 */
package nl.dictu.tvs.portal.web.apiv1;
