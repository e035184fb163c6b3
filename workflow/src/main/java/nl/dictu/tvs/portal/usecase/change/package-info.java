/**
 * Change requests on a live connection (issue 16): the applicant edits a copy of what is live in one environment
 * ({@link nl.dictu.tvs.portal.usecase.change.ChangeRequests}), sees it field by field against the live registration
 * with the trust checks run on it, and starts it; the process {@code changeRequest} routes it, reviewers decide and
 * load it into TVS ({@link nl.dictu.tvs.portal.usecase.change.ChangeReviews}); applying it makes a new application
 * version, its ServiceUUIDs and a sealed confirmation ({@link nl.dictu.tvs.portal.usecase.change.ChangeOutcomes}).
 */
package nl.dictu.tvs.portal.usecase.change;
