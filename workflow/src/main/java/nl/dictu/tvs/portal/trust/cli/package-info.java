/**
 * The command line front of the trust checks, {@code java -jar workflow/target/tvs-check.jar}: it prints
 * the findings as a JSON array and exits 0 (no ERROR), 1 (an ERROR) or 2 (input unusable).
 */
package nl.dictu.tvs.portal.trust.cli;
