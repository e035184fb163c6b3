/** The append-only audit trail: every decision and state change, with who, when and what. */
package nl.dictu.tvs.portal.domain.audit;
