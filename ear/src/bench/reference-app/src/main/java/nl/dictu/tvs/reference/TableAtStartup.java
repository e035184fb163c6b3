package nl.dictu.tvs.reference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Touches the database during the start, as the portal's start-up beans do. */
@Singleton
@Startup
public class TableAtStartup {

    @PersistenceContext
    private EntityManager entityManager;

    @PostConstruct
    void createTable() {
        entityManager.createNativeQuery(
                "create table if not exists cold_start_reference_note (id bigint primary key, text varchar(200))")
                .executeUpdate();
    }
}
