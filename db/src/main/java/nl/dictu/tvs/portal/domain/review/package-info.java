/**
 * What reviewers record about an application beside the process: internal notes, which
 * applicants never see, and how test accounts were handed over.
 */
package nl.dictu.tvs.portal.domain.review;
