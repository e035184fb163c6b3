package nl.dictu.tvs.portal.usecase.documents;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.document.ChangeConfirmationData;
import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.document.DossierData;
import nl.dictu.tvs.portal.document.IssueContext;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.document.DocumentKind;
import nl.dictu.tvs.portal.domain.document.DocumentSummary;
import nl.dictu.tvs.portal.domain.document.StoredDocument;
import nl.dictu.tvs.portal.domain.document.StoredDocumentRepository;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issues a document of an application once per type and round and stores it with its SHA-256, in the
 * caller's transaction (a process job's). A retried job finds the stored document and reuses it, and
 * the unique (application, type, round) makes a concurrent second attempt fail instead of storing a
 * second, different document. The issue moment is the moment of the step in the domain (submission,
 * decision), never "now", so issuing the same round again would give the same bytes.
 */
@Dependent
public class DocumentIssuer {

    private final ApplicationRepository applications;
    private final StoredDocumentRepository documents;
    private final DocumentAssembler assembler;
    private final DocumentService service;
    private final ApplicantLanguage language;

    @Inject
    public DocumentIssuer(ApplicationRepository applications, StoredDocumentRepository documents,
                          DocumentAssembler assembler, DocumentService service, ApplicantLanguage language) {
        this.applications = applications;
        this.documents = documents;
        this.assembler = assembler;
        this.service = service;
        this.language = language;
    }

    /** The receipt of the application's current version. */
    public StoredDocument receipt(long applicationId) {
        Application application = application(applicationId);
        int version = application.getCurrentVersionNumber();
        return once(application, DocumentKind.RECEIPT, version, locale -> {
            var data = assembler.receipt(application, version, locale);
            return new Issued(service.receipt(data, new IssueContext(locale, data.submittedAt())), data.submittedAt());
        });
    }

    /** The report of the checklist's latest assessment. */
    public StoredDocument checklistAssessment(long applicationId) {
        Application application = application(applicationId);
        int round = assembler.checklistRounds(application);
        return once(application, DocumentKind.CHECKLIST_ASSESSMENT, round, locale -> {
            var data = assembler.checklistAssessment(application, round, locale);
            return new Issued(service.checklistAssessment(data, new IssueContext(locale, data.assessedAt())),
                    data.assessedAt());
        });
    }

    public StoredDocument preproductionApproval(long applicationId) {
        Application application = application(applicationId);
        return once(application, DocumentKind.PREPRODUCTION_APPROVAL, 1, locale -> {
            var data = assembler.preproductionApproval(application);
            return new Issued(service.preproductionApproval(data, new IssueContext(locale, data.approvedAt())),
                    data.approvedAt());
        });
    }

    public StoredDocument productionConfirmation(long applicationId) {
        Application application = application(applicationId);
        return once(application, DocumentKind.PRODUCTION_CONFIRMATION, 1, locale -> {
            var data = assembler.productionConfirmation(application);
            return new Issued(service.productionConfirmation(data, new IssueContext(locale, data.approvedAt())),
                    data.approvedAt());
        });
    }

    /** The confirmation that the application's connection ends, issued once, at the moment the end was recorded. */
    public StoredDocument terminationConfirmation(long applicationId, Termination termination) {
        Application application = application(applicationId);
        return once(application, DocumentKind.TERMINATION_CONFIRMATION, 1, locale -> {
            var data = assembler.terminationConfirmation(application, termination);
            return new Issued(service.terminationConfirmation(data, new IssueContext(locale, data.recordedAt())),
                    data.recordedAt());
        });
    }

    /**
     * The confirmation of the application's change request number {@code round}, issued once, in the applicant's
     * language, at the moment the change was applied.
     */
    public StoredDocument changeConfirmation(long applicationId, int round, Function<Locale, ChangeConfirmationData> data) {
        Application application = application(applicationId);
        return once(application, DocumentKind.CHANGE_CONFIRMATION, round, locale -> {
            ChangeConfirmationData confirmation = data.apply(locale);
            return new Issued(service.changeConfirmation(confirmation, new IssueContext(locale, confirmation.appliedAt())),
                    confirmation.appliedAt());
        });
    }

    /**
     * The dossier of everything issued so far. Its round is the number of other documents it covers,
     * so it is rebuilt only when there is something new in it, and asking again gives the stored one.
     */
    public StoredDocument dossier(long applicationId) {
        Application application = application(applicationId);
        if (documents.countParts(applicationId) == 0) {
            receipt(applicationId);
        }
        int round = documents.countParts(applicationId);
        return once(application, DocumentKind.DOSSIER, round, locale -> {
            DossierData data = assembler.dossier(application, locale);
            Instant lastPart = documents.summaries(applicationId).stream()
                    .filter(d -> d.kind() != DocumentKind.DOSSIER)
                    .map(DocumentSummary::createdAt).max(Instant::compareTo).orElseThrow();
            return new Issued(service.dossier(data, new IssueContext(locale, lastPart)), lastPart);
        });
    }

    private StoredDocument once(Application application, DocumentKind kind, int round, Function<Locale, Issued> issuing) {
        Optional<StoredDocument> stored = documents.find(application.getId(), kind, round);
        if (stored.isPresent()) {
            return stored.get();
        }
        Locale locale = language.of(application);
        Issued issued = issuing.apply(locale);
        IssuedDocument document = issued.document();
        return documents.save(new StoredDocument(application.getId(), kind, round,
                new IssueContext(locale, issued.at()).language().getLanguage(), document.fileName(),
                document.content(), document.sha256(), issued.at()));
    }

    private Application application(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalArgumentException("no application " + applicationId));
    }

    /** A document as issued and the moment of the step it records, which becomes its creation time. */
    private record Issued(IssuedDocument document, Instant at) {
    }
}
