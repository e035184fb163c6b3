/**
 * The one result type of the trust checks: a {@link nl.dictu.tvs.portal.trust.finding.Finding} has a
 * stable code, a severity, message arguments and ordered evidence; a
 * {@link nl.dictu.tvs.portal.trust.finding.CheckReport} holds the findings of one run with its instant
 * and has a stable JSON form with a parser back, so it can be stored as it is.
 */
package nl.dictu.tvs.portal.trust.finding;
