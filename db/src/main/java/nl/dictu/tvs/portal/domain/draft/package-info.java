/** The application an organisation is still filling in: the wizard's content, saved as it goes. */
package nl.dictu.tvs.portal.domain.draft;
