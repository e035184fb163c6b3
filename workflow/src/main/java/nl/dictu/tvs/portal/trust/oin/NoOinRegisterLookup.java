package nl.dictu.tvs.portal.trust.oin;

import java.util.Optional;

/** The default: the register is not consulted. */
public final class NoOinRegisterLookup implements OinRegisterLookup {

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public Optional<OinRegisterEntry> find(String oin) {
        return Optional.empty();
    }
}
