package nl.dictu.tvs.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entity, so that Hibernate boots a persistence unit as it does for the portal. */
@Entity
@Table(name = "cold_start_reference_note")
public class Note {

    @Id
    private Long id;

    private String text;

    protected Note() {
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
