package nl.dictu.tvs.portal.usecase.application;

/**
 * A reviewer's verdict on a served organisation's own answer to one checklist item of a cluster application, as part
 * of the checklist assessment: accepted, or rejected with the comment that tells the supplier what to rework.
 *
 * @param oin the served organisation's OIN
 */
public record MemberItemVerdict(String oin, String itemCode, boolean accepted, String comment) {
}
