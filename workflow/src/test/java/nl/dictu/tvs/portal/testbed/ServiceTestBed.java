package nl.dictu.tvs.portal.testbed;

import nl.dictu.tvs.portal.domain.cluster.ClusterRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.AlbDecisionQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ReferenceYears;
import nl.dictu.tvs.portal.usecase.application.Correction;
import nl.dictu.tvs.portal.usecase.documents.ApplicationDocuments;
import nl.dictu.tvs.portal.usecase.application.ApplicationQueries;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.usecase.review.TaskCommands;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.MemberChecklists;
import nl.dictu.tvs.portal.usecase.application.SubmittedContentQueries;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.runtime.audit.AuditTrailSink;
import nl.dictu.tvs.portal.runtime.audit.ProcessAuditPlugin;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ProductionRequest;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.audit.AuditTrail;
import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.usecase.documents.ApplicantLanguage;
import nl.dictu.tvs.portal.usecase.documents.DocumentAssembler;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.usecase.documents.DocumentJobHandler;
import nl.dictu.tvs.portal.usecase.documents.ApplicationUploads;
import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.document.seal.SealingKeySource;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.runtime.engine.ProcessEngineBootstrap;
import nl.dictu.tvs.portal.usecase.notification.ClaimedMail;
import nl.dictu.tvs.portal.usecase.notification.MailAttachment;
import nl.dictu.tvs.portal.usecase.expiry.LiveConnections;
import nl.dictu.tvs.portal.domain.connection.LiveConnectionRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.usecase.notification.NotificationQueue;
import nl.dictu.tvs.portal.usecase.notification.NotificationRecipients;
import nl.dictu.tvs.portal.usecase.notification.OutboxSteps;
import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import nl.dictu.tvs.portal.process.ReviewerTaskReadModel;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.ConnectionRequestModel.Delegates;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.runtime.delegate.AutomatedChecksDelegate;
import nl.dictu.tvs.portal.runtime.delegate.ConnectionDetails;
import nl.dictu.tvs.portal.runtime.delegate.ConnectionRegistrar;
import nl.dictu.tvs.portal.runtime.delegate.EenmaligInloggenDelegate;
import nl.dictu.tvs.portal.runtime.delegate.NotificationDelegate;
import nl.dictu.tvs.portal.runtime.delegate.PreproductionConnectionDelegate;
import nl.dictu.tvs.portal.runtime.delegate.ProductionChecksDelegate;
import nl.dictu.tvs.portal.runtime.delegate.ProductionConnectionDelegate;
import nl.dictu.tvs.portal.runtime.delegate.ServiceUuidDelegate;
import nl.dictu.tvs.portal.runtime.delegate.ServiceUuidIssuer;
import nl.dictu.tvs.portal.runtime.delegate.StepNotifications;
import nl.dictu.tvs.portal.usecase.checking.VersionChecks;
import nl.dictu.tvs.portal.usecase.cluster.MemberDecisions;
import nl.dictu.tvs.portal.usecase.task.ReviewerTaskQuery;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.alb.InMemoryAlbRegister;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.usecase.application.ApplicantDossier;
import nl.dictu.tvs.portal.usecase.application.PreproductionMetadataCommands;
import nl.dictu.tvs.portal.usecase.checking.LiveChecks;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The portal's services and delegates wired by hand on a migrated H2 database (resource-local
 * transactions, one per call, like the container's) and an in-memory engine with the real model,
 * the real delegates and no job executor: tests run the jobs with {@link #runDueJobs()}.
 * Two organisations: the applicant {@code anne} of {@link #OIN}, {@code otto} of another one;
 * reviewers {@code rev1} and {@code rev2}.
 */
public final class ServiceTestBed implements AutoCloseable {

    public static final String OIN = "00000099123456789000";
    /** The outbox sender's lease in the test bed: the product's default. */
    public static final Duration OUTBOX_LEASE = PortalConfig.DEFAULT_OUTBOX_LEASE;
    public static final String OTHER_OIN = "00000099987654321000";
    /** Now: the test PKI's certificates are valid from yesterday. */
    public static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final TestPki PKI = TestPki.generate();
    /** One demo sealing key for all test beds: making an RSA-3072 key takes a while. */
    public static final SealingKeySource SEALING_KEY = DocumentFixtures.KEYS;
    private static final IssuedCertificate PREPRODUCTION_CERTIFICATE = PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");

    public final MutableClock clock = new MutableClock(START);
    public final EntityManager em;
    public final ProcessEngine engine;
    public final ApplicationRepository applications;
    public final OutboxMailRepository outbox;
    public final AuditTrail auditTrail;
    public final ApplicationCommands applicationCommands;
    public final PreproductionMetadataCommands preproductionMetadataCommands;
    public final LiveChecks liveChecks;
    public final TaskCommands taskCommands;
    public final ApplicationQueries queries;
    public final ApplicantQueries applicantQueries;
    public final ChecklistQueries checklistQueries;
    public final SubmittedContentQueries submittedContent;
    public final UploadService uploads;
    public final AlbDecisionQueries albDecisionQueries;
    public final ChecklistRepository checklists;
    public final ServiceUuidDelegate serviceUuidDelegate;
    public final NotificationDelegate notificationDelegate;
    public final AutomatedChecksDelegate automatedChecksDelegate;
    public final StoredDocumentRepository documents;
    public final DocumentService documentService;
    public final DocumentIssuer documentIssuer;
    private final EntityManagerFactory factory;
    private final Map<String, Object> delegates = new java.util.LinkedHashMap<>();

    public final JdbcDataSource dataSource;

    public ServiceTestBed() {
        this(true, null);
    }

    /** @param organisationOnAlbList false: the ALB register does not know {@link #OIN}, so an RvIG decision is needed */
    public ServiceTestBed(boolean organisationOnAlbList) {
        this(organisationOnAlbList, null);
    }

    /**
     * With {@code oneDatabaseUrl} the engine and the portal share that one database, as in the
     * container (queries that join the portal's and the engine's tables need it).
     */
    private ServiceTestBed(boolean organisationOnAlbList, String oneDatabaseUrl) {
        String name = "testbed-" + UUID.randomUUID();
        dataSource = new JdbcDataSource();
        dataSource.setURL(oneDatabaseUrl != null ? oneDatabaseUrl : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa"); // the engine's default user, so both can open the one database
        SchemaMigrator.migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("tvs", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", dataSource,
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "jakarta.persistence.database-product-name", "H2"));
        em = factory.createEntityManager();
        auditTrail = new AuditTrail(em);
        Auditor auditor = new Auditor(auditTrail, clock);
        engine = engine(name, oneDatabaseUrl, this::issueChecklistReport, new AuditTrailSink(auditor));

        applications = new ApplicationRepository(em);
        outbox = new OutboxMailRepository(em);
        UserAccountRepository accounts = new UserAccountRepository(em);
        OrganisationRepository organisations = new OrganisationRepository(em);
        TrustCheck trustCheck = new TrustCheck(new OinCheck(true),
                Optional.of(new CertificateCheck(TrustAnchors.of(List.of(PKI.root())))), new MetadataCheck(),
                Optional.of(new AlbCheck(new InMemoryAlbRegister(organisationOnAlbList ? List.of(
                        new AlbEntry(OIN, "Gemeente Voorbeeldstad", "RvIG-2026-0001", LocalDate.of(2026, 1, 5))) : List.of()))),
                clock);
        VersionChecks checks = new VersionChecks(applications, trustCheck, auditor, clock, new ClusterRepository(em));
        documents = new StoredDocumentRepository(em);
        documentService = new DocumentService(SEALING_KEY);
        documentIssuer = new DocumentIssuer(applications, documents, new DocumentAssembler(applications, auditTrail, accounts, new ChecklistRepository(em),
                new ApplicationUploads(new StoredFileRepository(em), new AlbDecisionRepository(em), new ChecklistRepository(em)),
                new ClusterRepository(em)),
                documentService, new ApplicantLanguage(accounts));
        StepNotifications notifications = new StepNotifications(new NotificationQueue(outbox, new NotificationRecipients(accounts), clock), documentIssuer);
        ConnectionRegistrar registrar = new ConnectionRegistrar(applications, auditor,
                new LiveConnections(new LiveConnectionRepository(em), applications, clock, new RolloverRepository(em)), clock);
        ConnectionDetails details = new ConnectionDetails(applications);
        automatedChecksDelegate = new AutomatedChecksDelegate(checks, notifications);
        serviceUuidDelegate = new ServiceUuidDelegate(new ServiceUuidIssuer(applications, new ClusterRepository(em), auditor, clock));
        notificationDelegate = new NotificationDelegate(notifications);
        delegates.put(Delegates.AUTOMATED_CHECKS, automatedChecksDelegate);
        delegates.put(Delegates.PRODUCTION_CHECKS, new ProductionChecksDelegate(checks, notifications));
        delegates.put(Delegates.SERVICE_UUIDS, serviceUuidDelegate);
        delegates.put(Delegates.EENMALIG_INLOGGEN, new EenmaligInloggenDelegate(registrar));
        delegates.put(Delegates.PREPRODUCTION_CONNECTION, new PreproductionConnectionDelegate(registrar, details));
        delegates.put(Delegates.PRODUCTION_CONNECTION, new ProductionConnectionDelegate(registrar, details));
        delegates.put(Delegates.NOTIFICATION, notificationDelegate);
        delegates.put(Delegates.WORKING_DAYS, new WorkingDays());
        registerDelegates();

        checklists = new ChecklistRepository(em);
        TermsRepository terms = new TermsRepository(em);
        StoredFileRepository files = new StoredFileRepository(em);
        MemberChecklists memberChecklists = new MemberChecklists(new ClusterRepository(em), auditor);
        applicationCommands = new ApplicationCommands(applications, organisations, engine.getRuntimeService(),
                engine.getTaskService(), engine.getIdentityService(), auditor, clock, checklists, terms, files,
                new AlbDecisionRepository(em), checks, memberChecklists, new ReferenceYears(dataSource));
        preproductionMetadataCommands = new PreproductionMetadataCommands(applications, engine.getRuntimeService(),
                engine.getTaskService(), engine.getIdentityService(), auditor, clock, checks);
        liveChecks = new LiveChecks(applications, checks);
        albDecisionQueries = new AlbDecisionQueries(applications, new AlbDecisionRepository(em));
        taskCommands = new TaskCommands(engine.getTaskService(), engine.getRuntimeService(), engine.getIdentityService(),
                applications, auditor, checklists, clock, accounts,
                new MemberDecisions(new ClusterRepository(em), auditor, clock), memberChecklists);
        checklistQueries = new ChecklistQueries(checklists, terms, applications, files, memberChecklists);
        submittedContent = new SubmittedContentQueries(applications,
                new ApplicationUploads(files, new AlbDecisionRepository(em), checklists));
        uploads = new UploadService(files, organisations, clock, TestLimits.limiter(dataSource, clock));
        queries = new ApplicationQueries(applications, engine.getHistoryService(),
                new ReviewerTaskQuery(engine.getTaskService(), engine.getRuntimeService()));
        applicantQueries = new ApplicantQueries(applications, auditTrail, queries, organisations);
        seedAccounts();
    }

    /** The engine and the portal in one in-memory database. */
    public static ServiceTestBed oneDatabase() {
        return new ServiceTestBed(true, "jdbc:h2:mem:one-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** The engine and the portal in one database at this JDBC URL (a file database for benchmarks). */
    public static ServiceTestBed oneDatabase(String jdbcUrl) {
        return new ServiceTestBed(true, jdbcUrl);
    }

    private static ProcessEngine engine(String name, String oneDatabaseUrl, LongConsumer checklistReports, AuditTrailSink auditSink) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setCustomJobHandlers(List.of(new DocumentJobHandler(checklistReports)));
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(oneDatabaseUrl != null ? oneDatabaseUrl : "jdbc:h2:mem:engine-" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineBootstrap.HISTORY_LEVEL);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(oneDatabaseUrl != null ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
                : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.getProcessEnginePlugins().add(new ProcessAuditPlugin(auditSink));
        if (oneDatabaseUrl != null) {
            // the task list's own table lives beside the engine's tables only in one database, as on the server
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new ReviewerTaskReadModel())));
        }
        ProcessEngine engine = configuration.buildProcessEngine();
        if (oneDatabaseUrl != null) {
            // a database a server will start on (the generator's): deployed as the server deploys, so its start finds
            // nothing new to deploy and no instances to move to a new version
            ProcessEngineBootstrap.deployModels(engine.getRepositoryService());
        } else {
            engine.getRepositoryService().createDeployment().addClasspathResource(ConnectionRequestModel.RESOURCE).deploy();
        }
        return engine;
    }

    /** What the server's job handler does: issue the report in the job's transaction. */
    private void issueChecklistReport(long applicationId) {
        documentIssuer.checklistAssessment(applicationId);
    }

    /** The server's outbox steps, each in its own transaction, on the test bed's database and clock. */
    public OutboxSteps outboxSteps() {
        return new OutboxSteps() {
            @Override
            public List<ClaimedMail> claimDue(int max) {
                return inTransaction(() -> outbox.dueIds(clock.instant(), OUTBOX_LEASE, max).stream()
                        .map(id -> outbox.findById(id).orElseThrow())
                        .map(mail -> {
                            mail.claim(clock.instant(), OUTBOX_LEASE);
                            return ClaimedMail.of(mail);
                        }).toList());
            }

            @Override
            public Optional<MailAttachment> attachment(long documentId) {
                return inTransaction(() -> documents.findById(documentId)
                        .map(d -> new MailAttachment(d.getFileName(), MailAttachment.PDF, d.getContent())));
            }

            @Override
            public void markSent(ClaimedMail claimed) {
                inTransaction(() -> {
                    OutboxMail mail = outbox.findById(claimed.id()).orElseThrow();
                    if (!mail.isClaimedAt(claimed.claimedAt())) {
                        return;
                    }
                    mail.markSent(clock.instant());
                    mail.forgetParameters(MailParameters.keptAfterSending(mail.getParametersJson()));
                });
            }

            @Override
            public void recordFailure(ClaimedMail claimed, String error) {
                inTransaction(() -> outbox.findById(claimed.id()).filter(m -> m.isClaimedAt(claimed.claimedAt()))
                        .ifPresent(m -> m.recordFailure(error, clock.instant())));
            }
        };
    }

    /** The documents service over the test bed's repositories, as the container wires it. */
    public ApplicationDocuments applicationDocuments() {
        return new ApplicationDocuments(applications, documents, documentIssuer);
    }

    private void seedAccounts() {
        inTransaction(() -> {
            Organisation own = new Organisation(OIN, "Gemeente Voorbeeldstad", START);
            Organisation other = new Organisation(OTHER_OIN, "Gemeente Elders", START);
            em.persist(own);
            em.persist(other);
            em.persist(UserAccount.applicant("anne", "Anne", "anne@voorbeeldstad.example", "x", own, START));
            em.persist(UserAccount.applicant("otto", "Otto", "otto@elders.example", "x", other, START));
            em.persist(UserAccount.staff("rev1", "Rev One", "rev1@dictu.example", "x", EnumSet.of(Role.REVIEWER), START));
            em.persist(UserAccount.staff("rev2", "Rev Two", "rev2@dictu.example", "x", EnumSet.of(Role.REVIEWER), START));
            return null;
        });
    }

    public static SignedInUser anne() {
        return new SignedInUser("anne", "Anne", Set.of(Role.APPLICANT_NAME), "Gemeente Voorbeeldstad", OIN, null);
    }

    public static SignedInUser otto() {
        return new SignedInUser("otto", "Otto", Set.of(Role.APPLICANT_NAME), "Gemeente Elders", OTHER_OIN, null);
    }

    public static SignedInUser reviewer(String username) {
        return new SignedInUser(username, username, Set.of(Role.REVIEWER_NAME), null, null, null);
    }

    /** Two services, no Eenmalig Inloggen, a valid certificate and preproduction metadata signed with it. */
    public static ApplicationContent validContent() {
        String metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 9001).build(PREPRODUCTION_CERTIFICATE.certificate(),
                        PKI.encryptionCertificate(OIN, "Gemeente Voorbeeldstad").certificate()),
                PREPRODUCTION_CERTIFICATE);
        return contentWithMetadata(metadata.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #validContent()} of a web service that sends its ServiceUUID as {@code delivery} says. */
    public static ApplicationContent validContent(ServiceUuidDelivery delivery) {
        return withServiceUuidDelivery(validContent(), delivery);
    }

    public static ApplicationContent withServiceUuidDelivery(ApplicationContent content, ServiceUuidDelivery delivery) {
        return new ApplicationContent(content.services(), content.eenmaligInloggen(), content.certificatePem(),
                content.preproductionMetadata(), content.termsVersion(), content.contacts(), content.checklistAnswers(), delivery);
    }

    /** The correction of {@link #validContent()}: its services, contacts, certificate and metadata. */
    public static Correction validCorrection() {
        return correctionOf(validContent());
    }

    public static Correction correctionOf(ApplicationContent content) {
        return new Correction(content.services(), content.contacts(), content.certificatePem(),
                content.preproductionMetadata());
    }

    public static ApplicationContent contentWithMetadata(byte[] metadata) {
        return new ApplicationContent(List.of(
                new ServiceDeclaration("Parkeervergunning", "Parking permit",
                        Set.of(AssuranceLevel.DIGID_MIDDEN, AssuranceLevel.EH2_PLUS),
                        "Parkeervergunning aanvragen en wijzigen", "https://www.voorbeeldstad.nl/parkeren",
                        "https://www.voorbeeldstad.nl/privacy", Set.of(IdentifyingAttribute.KVKNR),
                        List.of(new RequestedAttribute("urn:etoegang:1.9:attribute:FirstName", "Om u aan te spreken",
                                "To address you")), true),
                new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS))), false,
                PemWriter.toPem(PREPRODUCTION_CERTIFICATE.certificate(), PKI.intermediate()), metadata, "2026.1",
                List.of(new Contact(ContactRole.TECHNICAL, "Tess Techniek", "tess@voorbeeldstad.example", "+31 30 123 4567")),
                CHECKLIST_FOR_DIGID_AND_EHERKENNING.stream()
                        .map(code -> new ChecklistAnswer(code, ChecklistAnswerChoice.YES, null, null)).toList());
    }

    /** The items of the shipped checklist 2026.2 an application for DigiD and eHerkenning without Eenmalig Inloggen answers. */
    public static final List<String> CHECKLIST_FOR_DIGID_AND_EHERKENNING =
            List.of("D1", "D2", "C2", "C3", "T3", "T6", "L10", "S1", "S2", "H1", "B1");

    /**
     * A production request with metadata for index 0001 listing the ServiceUUIDs, signed with a new
     * certificate, or with the preproduction one (which the checks must refuse), answering the
     * production item of checklist 2026.2 (C1).
     */
    public static ProductionRequest productionRequest(List<String> productionUuids, boolean reusePreproductionCertificate) {
        IssuedCertificate certificate = reusePreproductionCertificate ? PREPRODUCTION_CERTIFICATE
                : PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");
        String metadata = MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 1)
                .withServiceUuids(productionUuids.toArray(String[]::new)).build(certificate.certificate(),
                        PKI.encryptionCertificate(OIN, "Gemeente Voorbeeldstad").certificate()), certificate);
        return new ProductionRequest(PemWriter.toPem(certificate.certificate(), PKI.intermediate()),
                metadata.getBytes(StandardCharsets.UTF_8), true, LocalDate.now().plusMonths(3), PRODUCTION_CHECKLIST);
    }

    /**
     * Preproduction metadata for index 9001 listing the ServiceUUIDs, signed with the preproduction certificate: what
     * the applicant uploads once they are issued.
     */
    public static byte[] preproductionMetadata(List<String> preproductionUuids) {
        return MetadataSigner.sign(DvMetadataTemplate.forOin(OIN, 9001)
                .withServiceUuids(preproductionUuids.toArray(String[]::new)).build(PREPRODUCTION_CERTIFICATE.certificate(),
                        PKI.encryptionCertificate(OIN, "Gemeente Voorbeeldstad").certificate()), PREPRODUCTION_CERTIFICATE)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** After the preproduction approval: Anne uploads metadata with the issued preproduction ServiceUUIDs. */
    public void uploadPreproductionMetadata(String reference) {
        inTransaction(() -> supplyPreproductionMetadata(reference));
        runDueJobs();
    }

    /** {@link #uploadPreproductionMetadata} in the caller's transaction, without running the jobs it leaves. */
    public void supplyPreproductionMetadata(String reference) {
        List<String> uuids = applicantQueries.dossier(anne(), reference).serviceUuidsOf("PREPRODUCTION").stream()
                .map(ApplicantDossier.ServiceUuid::uuid).toList();
        preproductionMetadataCommands.upload(anne(), reference,
                PemWriter.toPem(PREPRODUCTION_CERTIFICATE.certificate(), PKI.intermediate()), preproductionMetadata(uuids));
    }

    /** The answers to the production items of checklist 2026.2 for a DigiD application. */
    public static final List<ChecklistAnswer> PRODUCTION_CHECKLIST =
            List.of(new ChecklistAnswer("C1", ChecklistAnswerChoice.YES, null, null));

    /** Runs the work in one committed transaction, like a container-managed service call. */
    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs every due job, each in its own transaction, until none is left; returns how many ran. */
    public int runDueJobs() {
        int ran = 0;
        for (List<Job> due = dueJobs(); !due.isEmpty(); due = dueJobs()) {
            for (Job job : due) {
                inTransaction(() -> engine.getManagementService().executeJob(job.getId()));
                ran++;
            }
        }
        return ran;
    }

    private List<Job> dueJobs() {
        return engine.getManagementService().createJobQuery().executable().list();
    }

    /** The id of the one open task with this key on the application. */
    public String taskId(String reference, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** Completes the application's open task with this key as the user (anne or a reviewer), then runs the jobs. */
    public void complete(String user, String reference, String taskKey, TaskDecision decision) {
        String taskId = taskId(reference, taskKey);
        inTransaction(() -> taskCommands.complete(user.equals("anne") ? anne() : reviewer(user), taskId, decision));
        runDueJobs();
    }

    /** A registered application on to its checklist assessment: DigiD arranged, test accounts delivered and acknowledged. */
    public void toChecklistAssessment(String reference) {
        runDueJobs();
        complete("rev1", reference, ConnectionRequestModel.REGISTER_APPLICATION, TaskDecision.accept());
        complete("rev1", reference, ConnectionRequestModel.ARRANGE_DIGID_CONNECTION,
                TaskDecision.withReference("DIGID-2026-7"));
        complete("rev2", reference, ConnectionRequestModel.DELIVER_TEST_ACCOUNTS,
                TaskDecision.withReference("DigiD test accounts 1-4 by secure mail"));
        complete("anne", reference, ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS,
                TaskDecision.none());
    }

    /**
     * Makes this bed's delegates the ones the engine's expressions resolve. Camunda's {@code Mocks}
     * are per thread and every bed's {@link #close()} clears them, so a bed shared by several test
     * classes registers again before use.
     */
    public void registerDelegates() {
        delegates.forEach(Mocks::register);
    }

    @Override
    public void close() {
        Mocks.reset();
        engine.close();
        em.close();
        factory.close();
    }
}
