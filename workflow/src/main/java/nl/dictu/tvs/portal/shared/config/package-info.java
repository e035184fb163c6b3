/** Shared leaf: the portal's configuration from the environment, the clock, and the database-unavailable refusal. */
package nl.dictu.tvs.portal.shared.config;
