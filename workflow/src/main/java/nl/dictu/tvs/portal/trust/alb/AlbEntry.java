package nl.dictu.tvs.portal.trust.alb;

import java.time.LocalDate;

/** One organisation on the ALB list: its OIN, registered name, and RvIG's decision (reference and date). */
public record AlbEntry(String oin, String registeredName, String decisionReference, LocalDate decisionDate) {
}
