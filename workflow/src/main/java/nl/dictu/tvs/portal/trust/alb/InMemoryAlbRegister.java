package nl.dictu.tvs.portal.trust.alb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An ALB register held in memory; an import replaces the whole list at once. */
public final class InMemoryAlbRegister implements AlbRegister {

    private volatile Map<String, AlbEntry> entries;

    public InMemoryAlbRegister(List<AlbEntry> entries) {
        replaceAll(entries);
    }

    /** Replaces the list; callers pass only an accepted import ({@link AlbImportResult#isAccepted()}). */
    public void replaceAll(List<AlbEntry> newEntries) {
        entries = newEntries.stream().collect(Collectors.toUnmodifiableMap(AlbEntry::oin, Function.identity()));
    }

    @Override
    public Optional<AlbEntry> findByOin(String oin) {
        return Optional.ofNullable(entries.get(oin));
    }
}
