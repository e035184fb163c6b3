package nl.dictu.tvs.portal.usecase.checking;

/**
 * What the process needs from a check run: did it pass, and is the organisation on the ALB list.
 * Not being on the ALB list is no reason to correct the application: the process asks for the
 * RvIG decision instead.
 */
public record CheckOutcome(boolean passed, boolean onAlbList) {
}
