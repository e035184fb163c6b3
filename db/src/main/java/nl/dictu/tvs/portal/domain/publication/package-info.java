/** What versioned reference data (checklists, terms) shares: a draft is edited, a published version never. */
package nl.dictu.tvs.portal.domain.publication;
