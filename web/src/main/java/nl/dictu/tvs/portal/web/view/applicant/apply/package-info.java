/**
 * The wizard "Aansluiten op TVS": one view-scoped bean per step page under {@code applicant/apply/},
 * each a thin layer over {@code DraftService} that saves on every field blur and step change, and over
 * {@code DraftChecks} that shows what is still wrong.
 */
package nl.dictu.tvs.portal.web.view.applicant.apply;
