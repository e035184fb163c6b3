package nl.dictu.tvs.portal.usecase.applying;

import java.io.Serializable;

/**
 * Whether the organisation is on the ALB list, and if so under which name (the name its login
 * button must show) and by which RvIG decision.
 */
public record AlbStatusView(boolean registered, String registeredName, String decisionReference, String decisionDate)
        implements Serializable {
}
