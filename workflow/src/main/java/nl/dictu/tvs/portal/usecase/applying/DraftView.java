package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;

import java.io.Serializable;
import java.time.Instant;

/**
 * The organisation's open draft as the wizard loads it.
 *
 * @param version   what the next save must name, {@link #NOT_SAVED} while the draft was never saved
 * @param updatedBy who saved it last (user name), or null while never saved
 * @param updatedByName their display name, as pages show people, or null while never saved
 */
public record DraftView(WizardDraft draft, long version, String updatedBy, String updatedByName, Instant updatedAt)
        implements Serializable {

    public static final long NOT_SAVED = -1;

    public boolean isSaved() {
        return version != NOT_SAVED;
    }
}
