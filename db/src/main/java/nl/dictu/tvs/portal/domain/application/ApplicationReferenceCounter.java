package nl.dictu.tvs.portal.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number handed out in a year. It only goes up, so no reference is reused. */
@Entity
@Table(name = "application_reference_counter")
public class ApplicationReferenceCounter {

    @Id
    @Column(name = "reference_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ApplicationReferenceCounter() {
        // for JPA
    }

    ApplicationReferenceCounter(int year) {
        this.year = year;
    }

    ApplicationReference next() {
        lastNumber++;
        return ApplicationReference.of(year, lastNumber);
    }
}
