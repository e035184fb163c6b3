/** A portal without a server for service and delegate tests: migrated H2, in-memory engine, real delegates. */
package nl.dictu.tvs.portal.testbed;
