package nl.dictu.tvs.portal.runtime.engine;

import jakarta.enterprise.inject.spi.Extension;

/**
 * Starts reading the engine's SQL mappings ({@link EngineSqlMappings}) when WildFly loads the deployment's CDI
 * extensions, the earliest point at which the portal's code runs: long before the start-up beans. Adds nothing to
 * CDI itself.
 */
public class EngineSqlMappingsExtension implements Extension {

    public EngineSqlMappingsExtension() {
        EngineSqlMappings.startReading();
    }
}
