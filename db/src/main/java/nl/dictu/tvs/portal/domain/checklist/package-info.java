/**
 * The checklist an applicant answers and a reviewer assesses: versioned
 * {@link nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition}s with their items, and the
 * reviewers' {@link nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict}s per assessment round, each embedding
 * the {@link nl.dictu.tvs.portal.domain.checklist.Verdict} that a served organisation's answer gets too.
 */
package nl.dictu.tvs.portal.domain.checklist;
