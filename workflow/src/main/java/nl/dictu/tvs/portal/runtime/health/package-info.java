/** What the readiness and liveness endpoints report: database and process engine state. */
package nl.dictu.tvs.portal.runtime.health;
