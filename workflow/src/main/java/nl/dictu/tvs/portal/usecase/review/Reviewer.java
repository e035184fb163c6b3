package nl.dictu.tvs.portal.usecase.review;

import java.io.Serializable;

/** A colleague a task can be handed over to. */
public record Reviewer(String username, String displayName) implements Serializable {
}
