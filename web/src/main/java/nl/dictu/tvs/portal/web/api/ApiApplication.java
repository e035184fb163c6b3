package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Everything under {@code /api}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
