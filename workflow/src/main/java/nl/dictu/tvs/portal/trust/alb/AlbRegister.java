package nl.dictu.tvs.portal.trust.alb;

import java.util.Optional;

/** Where the imported ALB list is kept; the in-memory one serves tests and the CLI, a database one comes later. */
public interface AlbRegister {

    Optional<AlbEntry> findByOin(String oin);
}
