/**
 * The reviewers' overview: applications per phase, whose move it is, lead times per phase,
 * overdue reviewer tasks, go-lives per month, and the application list as CSV. Read straight from
 * the engine's runtime and history tables with a few aggregate queries, so it stays fast with
 * 100,000 applications; the statistics themselves are plain Java with unit tests.
 */
package nl.dictu.tvs.portal.usecase.overview;
