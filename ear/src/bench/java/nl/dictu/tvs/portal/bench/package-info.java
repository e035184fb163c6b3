/**
 * The HTTP load benchmark (Maven profile {@code load-bench}, never part of {@code verify}): the
 * portal on a generated database under reviewer and applicant sessions, beside the login page as
 * the floor. See {@code docs/development/benchmarks.md}.
 */
package nl.dictu.tvs.portal.bench;
