/** Test-only fault injection for the integration tests: never part of the product. */
package nl.dictu.tvs.portal.it.faults;
