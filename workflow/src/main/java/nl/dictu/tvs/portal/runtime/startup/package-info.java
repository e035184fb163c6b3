/**
 * Top layer: start-up order of the portal (database check, Flyway migrations, Hibernate validation, seal key and trust anchors) before the engine starts.
 */
package nl.dictu.tvs.portal.runtime.startup;
