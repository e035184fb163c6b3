package nl.dictu.tvs.portal.generator;

/**
 * One generated application: the template it copies, its reference, organisation, the applicant
 * named as its author, and its timeline.
 */
record Clone(TemplateSnapshot template, String reference, long organisationId, String organisationOin,
             String organisationName, String applicantUsername, Timeline timeline) {
}
