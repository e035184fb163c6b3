/** The terms of connection an applicant accepts, versioned: {@link nl.dictu.tvs.portal.domain.terms.TermsVersion}. */
package nl.dictu.tvs.portal.domain.terms;
