/**
 * Change requests on a live connection (issue 16): the applicant edits a copy of what is live in one environment
 * ({@link nl.dictu.tvs.portal.usecase.change.ChangeRequests}), sees it field by field against the live registration
 * with the trust checks run on it, and starts it; a supplier connects or disconnects a served organisation of its
 * cluster connection ({@link nl.dictu.tvs.portal.usecase.change.MemberChangeRequests}, issue 17). Both start alike
 * ({@link nl.dictu.tvs.portal.usecase.change.ChangeStart}); the process {@code changeRequest} routes them, reviewers
 * decide and load them into TVS ({@link nl.dictu.tvs.portal.usecase.change.ChangeReviews}); applying one makes a new
 * application version, its ServiceUUIDs, the aansluitbestand's change and a sealed confirmation
 * ({@link nl.dictu.tvs.portal.usecase.change.ChangeOutcomes}).
 */
package nl.dictu.tvs.portal.usecase.change;
