package nl.dictu.tvs.portal.usecase.change;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.setting.PortalSetting;
import nl.dictu.tvs.portal.domain.setting.PortalSettingRepository;
import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Clock;
import java.util.Map;

/**
 * The admin's setting whether a fast-lane change request (certificates or metadata only, checks passed) is applied
 * at once, without a reviewer's confirmation. Off until an admin turns it on; every change is audited.
 */
@Stateless
public class FastLaneSetting {

    static final String KEY = "change.fastLane.automatic";

    @Inject
    private PortalSettingRepository settings;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    /** Whether a fast-lane change is applied without a reviewer. */
    public boolean automatic() {
        return settings.find(KEY).map(PortalSetting::getValue).map(Boolean::parseBoolean).orElse(false);
    }

    public void setAutomatic(SignedInUser actor, boolean automatic) {
        AccessPolicy.requireAdmin(actor);
        boolean before = automatic();
        settings.put(KEY, String.valueOf(automatic), clock.instant(), actor.username());
        auditor.record(actor.username(), "changeFastLaneSettingChanged", null, null,
                Map.of(KEY, String.valueOf(before)), Map.of(KEY, String.valueOf(automatic)));
    }
}
