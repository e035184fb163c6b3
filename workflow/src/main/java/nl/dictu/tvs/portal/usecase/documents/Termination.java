package nl.dictu.tvs.portal.usecase.documents;

import nl.dictu.tvs.portal.document.Environment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The recorded end of a connection, as its confirmation states it.
 *
 * @param recordedBy   the user name of who recorded it
 * @param byDictu      whether DICTU ended it (otherwise the organisation asked for it)
 * @param environments the environments that end
 */
public record Termination(Instant recordedAt, LocalDate endsOn, String reason, String recordedBy, boolean byDictu,
                          List<Environment> environments) {

    public Termination {
        environments = List.copyOf(environments);
    }
}
