package nl.dictu.tvs.portal.usecase.change;

import java.io.Serializable;

/** One field that a change request changes, as a person reads it: its label, and the value live and proposed ("-" where absent). */
public record ChangeDifference(String label, String before, String after) implements Serializable {
}
