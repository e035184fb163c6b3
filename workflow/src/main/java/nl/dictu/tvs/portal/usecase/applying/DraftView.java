package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;

import java.io.Serializable;
import java.time.Instant;

/**
 * The organisation's open draft as the wizard loads it.
 *
 * @param version   what the next save must name, {@link #NOT_SAVED} while the draft was never saved
 * @param updatedBy who saved it last, or null while never saved
 */
public record DraftView(WizardDraft draft, long version, String updatedBy, Instant updatedAt) implements Serializable {

    public static final long NOT_SAVED = -1;
}
