/**
 * The wizard "Aansluiten op TVS": one view-scoped bean per step page under {@code applicant/apply/},
 * each a thin layer over {@code DraftService} that saves on every field blur and step change.
 */
package nl.dictu.tvs.portal.web.view.applicant.apply;
