package nl.dictu.tvs.portal.usecase.applying.draft;

import java.io.Serializable;
import java.util.Objects;

/** An upload the draft points at: the stored file's id and the name it was uploaded with. */
public record FileRef(long id, String fileName) implements Serializable {

    public FileRef {
        fileName = Text.orEmpty(fileName);
        Objects.requireNonNull(fileName);
    }
}
