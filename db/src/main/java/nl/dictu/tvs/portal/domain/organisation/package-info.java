/** The applying organisation, identified by its OIN. */
package nl.dictu.tvs.portal.domain.organisation;
