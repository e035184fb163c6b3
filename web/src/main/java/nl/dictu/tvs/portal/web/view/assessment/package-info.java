/**
 * The ICT security assessment pages: the applicant's ({@code applicant/security-assessment.xhtml}), the reviewers'
 * ({@code reviewer/security-assessments.xhtml}) and the PDF download both use.
 */
package nl.dictu.tvs.portal.web.view.assessment;
