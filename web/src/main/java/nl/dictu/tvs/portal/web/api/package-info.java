/** The REST API; for now the unauthenticated health endpoints. */
package nl.dictu.tvs.portal.web.api;
