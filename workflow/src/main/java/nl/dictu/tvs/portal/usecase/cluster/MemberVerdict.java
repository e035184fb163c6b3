package nl.dictu.tvs.portal.usecase.cluster;

/**
 * A reviewer's verdict on one served organisation's RvIG decision: accepted (with RvIG's reference, optional) or
 * refused with a reason the supplier can act on.
 */
public record MemberVerdict(String oin, boolean accepted, String reference, String reason) {

    public MemberVerdict {
        oin = oin == null ? "" : oin.strip();
    }
}
