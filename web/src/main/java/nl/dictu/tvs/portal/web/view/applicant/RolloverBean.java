package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.rollover.CertificateRollover;
import nl.dictu.tvs.portal.usecase.rollover.RolloverCheck;
import nl.dictu.tvs.portal.usecase.rollover.RolloverConnectionView;
import nl.dictu.tvs.portal.usecase.rollover.RolloverRequest;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Certificate rollover ({@code applicant/rollover.xhtml}): per live connection of the organisation what TVS uses when,
 * and the form for the next certificate, the metadata with both and the activation date. A refusal shows at its
 * field and keeps everything typed.
 */
@Named
@ViewScoped
public class RolloverBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rollover";
    private static final Map<String, String> FIELDS = Map.of(RolloverCheck.CERTIFICATE, "certificatePem",
            RolloverCheck.METADATA, "metadataText", RolloverCheck.ACTIVATION_DATE, "activationDate", "use", "use");

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private CertificateRollover rollover;

    @EJB
    private UploadService uploads;

    private final CertificateMetadataInput input = new CertificateMetadataInput();
    private Long connectionId;
    private RolloverUse use = RolloverUse.SIGNING;
    private LocalDate activationDate;
    private LocalDate registeredOn;
    private transient List<RolloverConnectionView> connections;

    public List<RolloverConnectionView> getConnections() {
        if (connections == null) {
            connections = rollover.ofOrganisation(user());
        }
        return connections;
    }

    public String register() {
        if (!input.takeUploads(uploads, user(), FORM + ":certificatePem", FORM + ":metadataText")) {
            return null;
        }
        try {
            long id = connectionId != null ? connectionId
                    : getConnections().stream().findFirst().map(RolloverConnectionView::connectionId).orElse(-1L);
            rollover.register(user(), id, new RolloverRequest(use,
                    input.getCertificatePem().getBytes(StandardCharsets.US_ASCII), input.metadataBytes(), activationDate));
        } catch (ActionRefusedException e) {
            e.all().forEach(refusal -> PageMessages.refusal(
                    refusal.field() == null ? null : FORM + ":" + FIELDS.getOrDefault(refusal.field(), refusal.field()), refusal));
            return null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            return null;
        }
        registeredOn = activationDate;
        connections = null;
        input.setCertificatePem("");
        input.setMetadataText("");
        activationDate = null;
        return null;
    }

    private SignedInUser user() {
        return currentUser.signedIn();
    }

    /** The activation date of the rollover just recorded, for the confirmation; null before. */
    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public RolloverUse[] getUses() {
        return RolloverUse.values();
    }

    public CertificateMetadataInput getInput() {
        return input;
    }

    public Long getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(Long connectionId) {
        this.connectionId = connectionId;
    }

    public RolloverUse getUse() {
        return use;
    }

    public void setUse(RolloverUse use) {
        this.use = use;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public void setActivationDate(LocalDate activationDate) {
        this.activationDate = activationDate;
    }
}
