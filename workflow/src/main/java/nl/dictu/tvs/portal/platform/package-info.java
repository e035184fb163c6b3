/** Start-up of the portal itself: configuration from the environment and the schema migration. */
package nl.dictu.tvs.portal.platform;
