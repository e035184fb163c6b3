package nl.dictu.tvs.portal.trust.alb;

import java.util.Optional;

/** Where the imported ALB list is kept: in memory for tests and the CLI, in the database for the portal. */
public interface AlbRegister {

    Optional<AlbEntry> findByOin(String oin);
}
