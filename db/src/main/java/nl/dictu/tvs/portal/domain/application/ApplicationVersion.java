package nl.dictu.tvs.portal.domain.application;

import nl.dictu.tvs.portal.domain.Sha256;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content of an application as submitted at one moment, frozen: nothing changes it after it is
 * stored. Checks and reviewers always work on a version, so a finding can be traced to what it was
 * about. The SHA-256 of each metadata upload is kept beside it as its fingerprint.
 */
@Entity
@Table(name = "application_version")
public class ApplicationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100, nullable = false, updatable = false)
    private String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "application_version_service", joinColumns = @JoinColumn(name = "version_id"))
    private Set<ServiceLevel> serviceLevels = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "application_version_service_info", joinColumns = @JoinColumn(name = "version_id"))
    private Set<ServiceInfo> serviceInfos = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "application_version_service_attribute", joinColumns = @JoinColumn(name = "version_id"))
    private Set<ServiceAttributeRow> serviceAttributes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "application_version_contact", joinColumns = @JoinColumn(name = "version_id"))
    private Set<ContactRow> contacts = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "application_version_checklist_answer", joinColumns = @JoinColumn(name = "version_id"))
    private Set<ChecklistAnswerRow> checklistAnswers = new HashSet<>();

    @Column(name = "eenmalig_inloggen", nullable = false, updatable = false)
    private boolean eenmaligInloggen;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_uuid_delivery", length = 20, nullable = false, updatable = false)
    private ServiceUuidDelivery serviceUuidDelivery = ServiceUuidDelivery.METADATA;

    @Column(name = "certificate_pem", length = ApplicationContent.PEM_MAX, updatable = false)
    private String certificatePem;

    @Column(name = "preproduction_metadata", updatable = false)
    private byte[] preproductionMetadata;

    @Column(name = "preproduction_metadata_sha256", length = 64, updatable = false)
    private String preproductionMetadataSha256;

    @Column(name = "production_certificate_pem", length = ApplicationContent.PEM_MAX, updatable = false)
    private String productionCertificatePem;

    @Column(name = "production_metadata", updatable = false)
    private byte[] productionMetadata;

    @Column(name = "production_metadata_sha256", length = 64, updatable = false)
    private String productionMetadataSha256;

    @Column(name = "testing_completed", nullable = false, updatable = false)
    private boolean testingCompleted;

    @Column(name = "desired_go_live", updatable = false)
    private LocalDate desiredGoLive;

    @Column(name = "terms_version", length = 20, nullable = false, updatable = false)
    private String termsVersion;

    @Column(name = "terms_accepted_by", length = 100, nullable = false, updatable = false)
    private String termsAcceptedBy;

    @Column(name = "terms_accepted_at", nullable = false, updatable = false)
    private Instant termsAcceptedAt;

    protected ApplicationVersion() {
        // for JPA
    }

    static ApplicationVersion first(Application application, ApplicationContent content, TermsAcceptance terms) {
        ApplicationVersion version = new ApplicationVersion();
        version.application = application;
        version.number = 1;
        version.fill(content, terms);
        return version;
    }

    ApplicationVersion correctedAs(int newNumber, ApplicationContent content, TermsAcceptance terms) {
        ApplicationVersion version = new ApplicationVersion();
        version.application = application;
        version.number = newNumber;
        version.fill(content, terms);
        return version;
    }

    ApplicationVersion withProductionRequestAs(int newNumber, ProductionRequest request, String by, Instant at) {
        ApplicationVersion version = correctedAs(newNumber, content().withChecklistAnswers(request.checklistAnswers()),
                new TermsAcceptance(termsVersion, termsAcceptedBy, termsAcceptedAt));
        version.submittedBy = by;
        version.submittedAt = at;
        version.productionCertificatePem = request.certificatePem();
        version.productionMetadata = request.metadata();
        version.productionMetadataSha256 = Sha256.hex(request.metadata());
        version.testingCompleted = request.testingCompleted();
        version.desiredGoLive = request.desiredGoLive();
        return version;
    }

    ApplicationVersion changedAs(int newNumber, ApplicationContent content, String newProductionCertificatePem,
                                 byte[] newProductionMetadata, String by, Instant at) {
        ApplicationVersion version = correctedAs(newNumber, content,
                new TermsAcceptance(termsVersion, termsAcceptedBy, termsAcceptedAt));
        version.submittedBy = by;
        version.submittedAt = at;
        version.productionCertificatePem = newProductionCertificatePem;
        version.productionMetadata = newProductionMetadata == null ? null : newProductionMetadata.clone();
        version.productionMetadataSha256 = newProductionMetadata == null ? null : Sha256.hex(newProductionMetadata);
        version.testingCompleted = testingCompleted;
        version.desiredGoLive = desiredGoLive;
        return version;
    }

    private void fill(ApplicationContent content, TermsAcceptance terms) {
        for (ServiceDeclaration service : content.services()) {
            for (AssuranceLevel level : service.minimumLevels()) {
                serviceLevels.add(new ServiceLevel(service.name(), level));
            }
            serviceInfos.add(new ServiceInfo(service));
            for (int i = 0; i < service.requestedAttributes().size(); i++) {
                serviceAttributes.add(new ServiceAttributeRow(service.name(), i, service.requestedAttributes().get(i)));
            }
        }
        content.contacts().forEach(contact -> contacts.add(new ContactRow(contact)));
        content.checklistAnswers().forEach(answer -> checklistAnswers.add(new ChecklistAnswerRow(answer)));
        eenmaligInloggen = content.eenmaligInloggen();
        serviceUuidDelivery = content.serviceUuidDelivery();
        certificatePem = content.certificatePem();
        preproductionMetadata = content.preproductionMetadata();
        preproductionMetadataSha256 = Sha256.hex(preproductionMetadata);
        termsVersion = terms.termsVersion();
        termsAcceptedBy = terms.acceptedBy();
        termsAcceptedAt = terms.acceptedAt();
        submittedBy = terms.acceptedBy();
        submittedAt = terms.acceptedAt();
    }

    /** The preproduction content of this version, as it was submitted. */
    public ApplicationContent content() {
        return new ApplicationContent(services(), eenmaligInloggen, certificatePem, preproductionMetadata, termsVersion,
                contacts(), checklistAnswers(), serviceUuidDelivery);
    }

    /** The contacts, in role order. */
    public List<Contact> contacts() {
        return contacts.stream().map(ContactRow::toContact)
                .sorted(java.util.Comparator.comparing(Contact::role)).toList();
    }

    /** The checklist answers, by item code. */
    public List<ChecklistAnswer> checklistAnswers() {
        return checklistAnswers.stream().sorted(java.util.Comparator.comparing(ChecklistAnswerRow::itemCode))
                .map(ChecklistAnswerRow::toAnswer).toList();
    }

    /** The services by (Dutch) name, sorted, each with its minimum levels and catalogue fields. */
    public List<ServiceDeclaration> services() {
        Map<String, Set<AssuranceLevel>> byName = new LinkedHashMap<>();
        serviceLevels.stream()
                .sorted(java.util.Comparator.comparing(ServiceLevel::serviceName))
                .forEach(row -> byName.computeIfAbsent(row.serviceName(), n -> EnumSet.noneOf(AssuranceLevel.class))
                        .add(row.minimumLevel()));
        List<ServiceDeclaration> services = new ArrayList<>();
        Map<String, ServiceInfo> infos = new LinkedHashMap<>();
        serviceInfos.forEach(info -> infos.put(info.serviceName(), info));
        byName.forEach((name, levels) -> {
            ServiceInfo info = infos.get(name);
            List<RequestedAttribute> attributes = serviceAttributes.stream().filter(row -> row.serviceName().equals(name))
                    .sorted(java.util.Comparator.comparingInt(ServiceAttributeRow::position))
                    .map(ServiceAttributeRow::toAttribute).toList();
            services.add(info == null ? new ServiceDeclaration(name, levels)
                    : new ServiceDeclaration(name, info.nameEn(), levels, info.description(), info.url(),
                            info.privacyPolicyUrl(), info.identifyingAttributes(), attributes, info.machtigen()));
        });
        return services;
    }


    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isEenmaligInloggen() {
        return eenmaligInloggen;
    }

    public ServiceUuidDelivery getServiceUuidDelivery() {
        return serviceUuidDelivery;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public byte[] getPreproductionMetadata() {
        return preproductionMetadata.clone();
    }

    public String getPreproductionMetadataSha256() {
        return preproductionMetadataSha256;
    }

    public Optional<String> getProductionCertificatePem() {
        return Optional.ofNullable(productionCertificatePem);
    }

    public Optional<byte[]> getProductionMetadata() {
        return Optional.ofNullable(productionMetadata).map(byte[]::clone);
    }

    public Optional<String> getProductionMetadataSha256() {
        return Optional.ofNullable(productionMetadataSha256);
    }

    public boolean isTestingCompleted() {
        return testingCompleted;
    }

    public Optional<LocalDate> getDesiredGoLive() {
        return Optional.ofNullable(desiredGoLive);
    }

    public TermsAcceptance getTermsAcceptance() {
        return new TermsAcceptance(termsVersion, termsAcceptedBy, termsAcceptedAt);
    }

    /** The PEM as text, for callers that hand it to a parser expecting bytes. */
    public byte[] certificatePemBytes() {
        return certificatePem.getBytes(StandardCharsets.US_ASCII);
    }
}
