package nl.dictu.tvs.portal.usecase.review;

/** A reviewer's verdict on one checklist item, as part of a {@link TaskDecision}. */
public record ItemVerdict(String itemCode, boolean accepted, String comment) {
}
