/** Backing beans of the pages under /applicant. */
package nl.dictu.tvs.portal.web.view.applicant;
