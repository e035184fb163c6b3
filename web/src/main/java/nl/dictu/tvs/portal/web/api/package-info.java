/**
 * The REST API: the unauthenticated health endpoints, and {@code /api/applications} and
 * {@code /api/tasks} for signed-in users (session cookie plus the CSRF header on changing calls);
 * who may do what is decided by the application services.
 */
package nl.dictu.tvs.portal.web.api;
