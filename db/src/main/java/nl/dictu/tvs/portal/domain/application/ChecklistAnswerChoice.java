package nl.dictu.tvs.portal.domain.application;

/** The applicant's answer to a checklist item. */
public enum ChecklistAnswerChoice {
    YES,
    NO,
    NOT_APPLICABLE
}
