package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the wizard "Aansluiten op TVS" collects, as typed: organisation (its kind and, for a care
 * provider, its register number) and contacts, services, the certificate and metadata uploads, the
 * RvIG decision or other proof of BSN entitlement with its kind, the checklist answers and the
 * accepted terms version. Nothing here is validated; {@link DraftValidation} says what is wrong.
 */
public class WizardDraft implements Serializable {

    public static final String YES = "yes";
    public static final String NO = "no";

    private static final long serialVersionUID = 1L;

    private String oin = "";
    private String organisationName = "";
    private String organisationKind = OrganisationKind.GOVERNMENT.name();
    private String careRegister = "";
    private String registerNumber = "";
    private String clusterMembers = "";
    private final List<ContactEntry> contacts = new ArrayList<>();
    private final List<ServiceEntry> services = new ArrayList<>();
    private String eenmaligInloggen = "";
    private String serviceUuidDelivery = ServiceUuidDelivery.METADATA.name();
    private FileRef certificate;
    private FileRef metadata;
    private FileRef albDecision;
    private String albProofKindId = "";
    private final Map<String, FileRef> memberDecisions = new LinkedHashMap<>();
    private final Map<String, Map<String, ChecklistEntry>> memberChecklists = new LinkedHashMap<>();
    private final Map<String, ChecklistEntry> checklist = new LinkedHashMap<>();
    private String acceptedTermsVersion = "";
    private final Set<WizardStep> visitedSteps = EnumSet.noneOf(WizardStep.class);
    private WizardStep lastStep = WizardStep.ORGANISATION;

    public WizardDraft() {
        for (ContactRole role : ContactRole.values()) {
            contacts.add(new ContactEntry(role));
        }
    }

    /** A new draft for an organisation: its OIN and name filled in, one empty service. */
    public static WizardDraft startFor(String oin, String organisationName) {
        WizardDraft draft = new WizardDraft();
        draft.oin = oin;
        draft.organisationName = organisationName;
        draft.services.add(new ServiceEntry());
        return draft;
    }

    /** Also its kind and register number as the organisation has them now. */
    public static WizardDraft startFor(String oin, String organisationName, OrganisationKind kind, CareRegister register,
                                       String registerNumber) {
        WizardDraft draft = startFor(oin, organisationName);
        draft.setOrganisationKind(kind.name());
        draft.setCareRegister(register == null ? "" : register.name());
        draft.setRegisterNumber(registerNumber);
        return draft;
    }

    public ContactEntry contact(ContactRole role) {
        return contacts.stream().filter(c -> c.getRole() == role).findFirst().orElseThrow();
    }

    /** The login means any service offers; what the checklist's applicable items depend on. */
    public Set<LoginMeans> loginMeans() {
        Set<LoginMeans> means = EnumSet.noneOf(LoginMeans.class);
        services.forEach(service -> service.chosenLevels().forEach(level -> means.add(level.loginMeans())));
        return means;
    }

    public boolean joinsEenmaligInloggen() {
        return YES.equals(eenmaligInloggen);
    }

    /** The entry for the item, created empty when it has none yet. */
    public ChecklistEntry checklistEntry(String itemCode) {
        return checklist.computeIfAbsent(itemCode, code -> new ChecklistEntry());
    }

    /** A step someone has been through: from then on its errors show without waiting for a field to be touched. */
    public void markVisited(WizardStep step) {
        visitedSteps.add(step);
    }

    public boolean isVisited(WizardStep step) {
        return visitedSteps.contains(step);
    }

    public Set<WizardStep> visitedSteps() {
        return Set.copyOf(visitedSteps);
    }

    /** The step the member who saved last was on: resuming the draft opens it. */
    public WizardStep lastStep() {
        return lastStep;
    }

    public void setLastStep(WizardStep step) {
        this.lastStep = step == null ? WizardStep.ORGANISATION : step;
    }

    public void addService() {
        services.add(new ServiceEntry());
    }

    public void removeService(int index) {
        if (index >= 0 && index < services.size()) {
            services.remove(index);
        }
    }

    public String getOin() {
        return oin;
    }

    public void setOin(String oin) {
        this.oin = Text.orEmpty(oin).strip();
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = Text.orEmpty(organisationName);
    }

    /** {@code GOVERNMENT} or {@code CARE_PROVIDER}; anything else reads as empty, which the rules refuse. */
    public String getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(String organisationKind) {
        this.organisationKind = known(OrganisationKind.values(), organisationKind);
    }

    public Optional<OrganisationKind> organisationKind() {
        return organisationKind.isEmpty() ? Optional.empty() : Optional.of(OrganisationKind.valueOf(organisationKind));
    }

    public boolean isSupplier() {
        return OrganisationKind.SUPPLIER.name().equals(organisationKind);
    }

    /**
     * For a supplier, the organisations it serves as typed: one per line, the OIN, a colon and that
     * organisation's services separated by commas ({@link ClusterMemberLines}).
     */
    public String getClusterMembers() {
        return clusterMembers;
    }

    public void setClusterMembers(String clusterMembers) {
        this.clusterMembers = Text.orEmpty(clusterMembers).strip();
    }

    public boolean isCareProvider() {
        return OrganisationKind.CARE_PROVIDER.name().equals(organisationKind);
    }

    /** {@code URA} or {@code AGB}; anything else reads as empty. */
    public String getCareRegister() {
        return careRegister;
    }

    public void setCareRegister(String careRegister) {
        this.careRegister = known(CareRegister.values(), careRegister);
    }

    public Optional<CareRegister> careRegister() {
        return careRegister.isEmpty() ? Optional.empty() : Optional.of(CareRegister.valueOf(careRegister));
    }

    /** As typed, surrounding blanks removed: the rules say what is wrong with it. */
    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = Text.orEmpty(registerNumber).strip();
    }

    private static String known(Enum<?>[] values, String value) {
        for (Enum<?> known : values) {
            if (known.name().equals(value)) {
                return value;
            }
        }
        return "";
    }

    public List<ContactEntry> getContacts() {
        return contacts;
    }

    public List<ServiceEntry> getServices() {
        return services;
    }

    public String getEenmaligInloggen() {
        return eenmaligInloggen;
    }

    public void setEenmaligInloggen(String eenmaligInloggen) {
        this.eenmaligInloggen = YES.equals(eenmaligInloggen) || NO.equals(eenmaligInloggen) ? eenmaligInloggen : "";
    }

    /** {@code METADATA} or {@code AUTHN_REQUEST}; anything else reads as empty, which the rules refuse. */
    public String getServiceUuidDelivery() {
        return serviceUuidDelivery;
    }

    public void setServiceUuidDelivery(String serviceUuidDelivery) {
        this.serviceUuidDelivery = delivery(serviceUuidDelivery).map(ServiceUuidDelivery::name).orElse("");
    }

    /** The chosen way the web service sends its ServiceUUID, when one is chosen. */
    public Optional<ServiceUuidDelivery> serviceUuidDelivery() {
        return delivery(serviceUuidDelivery);
    }

    private static Optional<ServiceUuidDelivery> delivery(String value) {
        for (ServiceUuidDelivery delivery : ServiceUuidDelivery.values()) {
            if (delivery.name().equals(value)) {
                return Optional.of(delivery);
            }
        }
        return Optional.empty();
    }

    public Optional<FileRef> certificate() {
        return Optional.ofNullable(certificate);
    }

    public void setCertificate(FileRef certificate) {
        this.certificate = certificate;
    }

    public Optional<FileRef> metadata() {
        return Optional.ofNullable(metadata);
    }

    public void setMetadata(FileRef metadata) {
        this.metadata = metadata;
    }

    /** The RvIG decision, uploaded when the organisation is not on the ALB list yet. */
    public Optional<FileRef> albDecision() {
        return Optional.ofNullable(albDecision);
    }

    public void setAlbDecision(FileRef albDecision) {
        this.albDecision = albDecision;
    }

    /** For a supplier, the RvIG decision uploaded for the served organisation with this OIN, if any. */
    public Optional<FileRef> memberDecision(String oin) {
        return Optional.ofNullable(memberDecisions.get(oin));
    }

    /** The RvIG decisions of served organisations that are not on the ALB list, by OIN. */
    public Map<String, FileRef> memberDecisions() {
        return Map.copyOf(memberDecisions);
    }

    /** Attaches the decision to the served organisation, replacing one it had; null removes it. */
    public void setMemberDecision(String oin, FileRef decision) {
        if (decision == null) {
            memberDecisions.remove(oin);
        } else {
            memberDecisions.put(oin, decision);
        }
    }

    /**
     * For a supplier, the served organisation's own checklist answers where they differ from the cluster's (the
     * draft's {@link #getChecklist()}), by item code; empty when it takes the cluster's answers. Mutable.
     */
    public Map<String, ChecklistEntry> memberChecklist(String oin) {
        return memberChecklists.computeIfAbsent(oin, key -> new LinkedHashMap<>());
    }

    /** The served organisations with own checklist answers, by OIN. */
    public Map<String, Map<String, ChecklistEntry>> memberChecklists() {
        return java.util.Collections.unmodifiableMap(memberChecklists);
    }

    /** Drops the served organisation's own answers: it takes the cluster's again. */
    public void clearMemberChecklist(String oin) {
        memberChecklists.remove(oin);
    }

    /** The id of the kind of proof a care provider uploaded, as chosen; empty when none is chosen. */
    public String getAlbProofKindId() {
        return albProofKindId;
    }

    public void setAlbProofKindId(String albProofKindId) {
        this.albProofKindId = Text.orEmpty(albProofKindId).strip();
    }

    /** Mutable: the pages bind to {@code checklist['D1'].answer} and so on. */
    public Map<String, ChecklistEntry> getChecklist() {
        return checklist;
    }

    public String getAcceptedTermsVersion() {
        return acceptedTermsVersion;
    }

    public void setAcceptedTermsVersion(String acceptedTermsVersion) {
        this.acceptedTermsVersion = Text.orEmpty(acceptedTermsVersion);
    }
}
