/**
 * Tests against the real provisioned WildFly: over HTTP and in headless Chromium. The server is
 * started once per test JVM by {@link nl.dictu.tvs.portal.it.PortalServer}, on H2 or PostgreSQL
 * as the failsafe execution says ({@code tvs.it.database}).
 */
package nl.dictu.tvs.portal.it;
