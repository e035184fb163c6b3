package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.usecase.application.MemberItemVerdict;
import nl.dictu.tvs.portal.usecase.review.ItemVerdict;

import java.io.Serializable;
import java.util.Optional;

/**
 * The reviewer's verdict on one checklist item (the application's own answer or a served organisation's) while the
 * form is filled in: accept/reject and a comment.
 */
public class ItemVerdictForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String outcome;
    private String comment;

    /** Empty while neither accept nor reject is chosen: the service then names the item as missing. */
    Optional<ItemVerdict> toVerdict(String itemCode) {
        return outcome == null ? Optional.empty()
                : Optional.of(new ItemVerdict(itemCode, "accept".equals(outcome), comment));
    }

    /** As {@link #toVerdict(String)}, for a served organisation's own answer to the item. */
    Optional<MemberItemVerdict> toMemberVerdict(String oin, String itemCode) {
        return toVerdict(itemCode).map(verdict -> new MemberItemVerdict(oin, itemCode, verdict.accepted(), verdict.comment()));
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
