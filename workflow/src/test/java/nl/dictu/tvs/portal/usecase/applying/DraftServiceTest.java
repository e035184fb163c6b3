package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.domain.alb.BsnProofKindRepository;
import nl.dictu.tvs.portal.domain.application.AlbDecisionRepository;
import nl.dictu.tvs.portal.domain.organisation.CareRegister;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ProofKindChoice;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.ServiceEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.trust.TrustCheck;
import nl.dictu.tvs.portal.trust.alb.AlbCheck;
import nl.dictu.tvs.portal.trust.alb.AlbEntry;
import nl.dictu.tvs.portal.trust.alb.InMemoryAlbRegister;
import nl.dictu.tvs.portal.trust.certificate.CertificateCheck;
import nl.dictu.tvs.portal.trust.certificate.TrustAnchors;
import nl.dictu.tvs.portal.trust.finding.Severity;
import nl.dictu.tvs.portal.trust.metadata.MetadataCheck;
import nl.dictu.tvs.portal.trust.oin.OinCheck;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static nl.dictu.tvs.portal.testbed.ServiceTestBed.OIN;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.OTHER_OIN;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.anne;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.otto;
import static nl.dictu.tvs.portal.testbed.ServiceTestBed.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wizard's draft through its service: saved as typed, resumed by colleagues, checked, submitted only without errors. */
class DraftServiceTest {

    private static final TestPki PKI = TestPki.generate();
    private static final IssuedCertificate CERTIFICATE = PKI.organisationCertificate(OIN, "Gemeente Voorbeeldstad");

    private final ServiceTestBed bed = new ServiceTestBed();
    private final OrganisationDrafts organisationDrafts = new OrganisationDrafts(new OrganisationRepository(bed.em),
            new UserAccountRepository(bed.em));
    private final DraftFiles draftFiles = new DraftFiles(new StoredFileRepository(bed.em),
            new TrustCheck(new OinCheck(true), Optional.of(new CertificateCheck(TrustAnchors.of(List.of(PKI.root())))),
                    new MetadataCheck(), Optional.empty(), bed.clock), bed.clock);
    private final DraftMemberRules memberRules = new DraftMemberRules(new OrganisationRepository(bed.em), null,
            new InMemoryAlbRegister(List.of(new AlbEntry(OIN, "Gemeente Voorbeeldstad", "RvIG-2026-0001",
                    LocalDate.of(2026, 1, 5)))));
    private final DraftService drafts = new DraftService(new ApplicationDraftRepository(bed.em),
            new OrganisationRepository(bed.em), organisationDrafts, draftFiles, bed.clock);
    private final DraftChecks checks = new DraftChecks(drafts, organisationDrafts, draftFiles, memberRules,
            new OrganisationRepository(bed.em), new ChecklistRepository(bed.em), new TermsRepository(bed.em),
            new BsnProofKindRepository(bed.em), true);
    private final DraftSubmitter submitter = new DraftSubmitter(new ApplicationDraftRepository(bed.em), drafts, checks,
            organisationDrafts, draftFiles, memberRules, new ChecklistRepository(bed.em), bed.applicationCommands, bed.clock);

    @AfterEach
    void close() {
        bed.close();
    }

    /** Another member of anne's organisation. */
    private static SignedInUser colleague() {
        return new SignedInUser("carla", "Carla", Set.of(Role.APPLICANT_NAME), "Gemeente Voorbeeldstad", OIN, null);
    }

    private DraftView save(SignedInUser actor, WizardDraft draft, long version) {
        return bed.inTransaction(() -> drafts.save(actor, draft, version));
    }

    private FileRef upload(SignedInUser actor, FilePurpose purpose, String name, String content) {
        UploadedFile file = bed.inTransaction(() -> bed.uploads.upload(actor, purpose, name,
                content.getBytes(StandardCharsets.UTF_8)));
        return new FileRef(file.id(), file.fileName());
    }

    private String metadataFor(String oin, IssuedCertificate signer) {
        return MetadataSigner.sign(DvMetadataTemplate.forOin(oin, 9001).build(signer.certificate(),
                PKI.encryptionCertificate(oin, "Gemeente Voorbeeldstad").certificate()), signer);
    }

    private WizardDraft completeDraft() {
        WizardDraft draft = WizardDraft.startFor(OIN, "Gemeente Voorbeeldstad");
        draft.contact(ContactRole.TECHNICAL).setName("Tess Techniek");
        draft.contact(ContactRole.TECHNICAL).setEmail("tess@voorbeeldstad.example");
        ServiceEntry service = draft.getServices().get(0);
        service.setName("Parkeervergunning");
        service.setNameEn("Parking permit");
        service.setDescription("Parkeervergunning aanvragen");
        service.setUrl("https://www.voorbeeldstad.nl/parkeren");
        service.getLevels().put(LoginMeans.DIGID.name(), "DIGID_MIDDEN");
        draft.setEenmaligInloggen(WizardDraft.NO);
        draft.setCertificate(upload(anne(), FilePurpose.CERTIFICATE, "certificaat.pem",
                PemWriter.toPem(CERTIFICATE.certificate(), PKI.intermediate())));
        draft.setMetadata(upload(anne(), FilePurpose.METADATA, "metadata.xml", metadataFor(OIN, CERTIFICATE)));
        bed.checklistQueries.currentChecklist().applicable(draft.loginMeans(), false)
                .forEach(item -> draft.checklistEntry(item.code()).setAnswer("YES"));
        draft.setAcceptedTermsVersion(bed.checklistQueries.currentTerms().label());
        return draft;
    }

    @Test
    void shouldLetAColleagueResumeTheDraftWithEverythingAsTyped() {
        WizardDraft draft = WizardDraft.startFor(OIN, "Gemeente Voorbeeldstad");
        draft.getServices().get(0).setName("Afvalpas");
        draft.getServices().get(0).setUrl("http://not-https.example");
        save(anne(), draft, DraftView.NOT_SAVED);

        DraftView resumed = bed.inTransaction(() -> drafts.open(colleague()));

        assertThat(resumed.version()).isNotEqualTo(DraftView.NOT_SAVED);
        assertThat(resumed.updatedBy()).isEqualTo("anne");
        assertThat(resumed.draft().getServices().get(0).getName()).isEqualTo("Afvalpas");
        assertThat(resumed.draft().getServices().get(0).getUrl()).isEqualTo("http://not-https.example");
        assertThat(bed.inTransaction(() -> checks.errors(colleague())))
                .extracting(DraftError::fieldId).contains(FieldIds.service(0, "Url"));
    }

    @Test
    void shouldRefuseASaveOverAColleaguesNewerSaveAndKeepTheColleaguesContent() {
        DraftView first = save(anne(), WizardDraft.startFor(OIN, "Gemeente Voorbeeldstad"), DraftView.NOT_SAVED);
        WizardDraft colleagues = bed.inTransaction(() -> drafts.open(colleague())).draft();
        colleagues.setOrganisationName("Gemeente Voorbeeldstad (Burgerzaken)");
        DraftView second = save(colleague(), colleagues, first.version());

        WizardDraft stale = first.draft();
        stale.setOrganisationName("Overschreven");

        assertThatThrownBy(() -> save(anne(), stale, first.version()))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("draft.changedByColleague");
                    assertThat(e.arguments()).containsExactly("carla");
                });
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(bed.inTransaction(() -> drafts.open(anne())).draft().getOrganisationName())
                .isEqualTo("Gemeente Voorbeeldstad (Burgerzaken)");
    }

    @Test
    void shouldKeepEachOrganisationsDraftAndFilesToItself() {
        WizardDraft annes = completeDraft();
        save(anne(), annes, DraftView.NOT_SAVED);

        WizardDraft ottos = bed.inTransaction(() -> drafts.open(otto())).draft();
        assertThat(ottos.getOin()).isEqualTo(OTHER_OIN);
        assertThat(ottos.certificate()).isEmpty();

        ottos.setCertificate(annes.certificate().orElseThrow());
        assertThatThrownBy(() -> save(otto(), ottos, DraftView.NOT_SAVED))
                .isInstanceOfSatisfying(AccessRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.fileNotFound"));
        assertThatThrownBy(() -> bed.inTransaction(() -> drafts.open(ServiceTestBed.reviewer("rev1"))))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void shouldListEveryErrorWithItsStepAndField() {
        WizardDraft draft = WizardDraft.startFor(OTHER_OIN, "");
        draft.contact(ContactRole.SIGNATORY).setEmail("geen-adres");
        save(anne(), draft, DraftView.NOT_SAVED);

        List<DraftError> errors = bed.inTransaction(() -> checks.errors(anne()));

        assertThat(errors).extracting(DraftError::step, DraftError::fieldId, DraftError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(WizardStep.ORGANISATION, FieldIds.OIN, "draft.oin.notYourOrganisation"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.ORGANISATION, FieldIds.ORGANISATION_NAME, "draft.organisationName.invalid"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.ORGANISATION, FieldIds.contact(ContactRole.TECHNICAL, "Name"),
                        "draft.contact.technicalRequired"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.ORGANISATION, FieldIds.contact(ContactRole.SIGNATORY, "Email"),
                        "application.invalid.contactEmail"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.SERVICES, FieldIds.service(0, "Name"), "application.invalid.serviceName"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.SERVICES, FieldIds.EENMALIG_INLOGGEN, "draft.eenmaligInloggen.required"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.CERTIFICATE, FieldIds.CERTIFICATE, "draft.certificate.required"),
                org.assertj.core.groups.Tuple.tuple(WizardStep.TERMS, FieldIds.ACCEPT_TERMS, "draft.terms.notAccepted"));
        assertThat(errors).extracting(DraftError::step).isSorted();
    }

    @Test
    void shouldShowTheTrustCheckOfTheUploadsWithAWrongOinAsAnErrorThenAsPassedOnceFixed() {
        IssuedCertificate otherCertificate = PKI.organisationCertificate(OTHER_OIN, "Gemeente Elders");
        WizardDraft draft = completeDraft();
        draft.setMetadata(upload(anne(), FilePurpose.METADATA, "verkeerd.xml", metadataFor(OTHER_OIN, otherCertificate)));
        DraftView saved = save(anne(), draft, DraftView.NOT_SAVED);

        UploadCheckView wrong = bed.inTransaction(() -> checks.checkUploads(anne(), Locale.forLanguageTag("nl")));
        assertThat(wrong.hasErrors()).isTrue();
        assertThat(wrong.findings()).filteredOn(ReadableFinding::isError).extracting(ReadableFinding::text)
                .anyMatch(message -> message.contains(OTHER_OIN));
        assertThat(bed.inTransaction(() -> checks.errors(anne()))).extracting(DraftError::fieldId).contains(FieldIds.METADATA);

        WizardDraft fixed = saved.draft();
        fixed.setMetadata(upload(anne(), FilePurpose.METADATA, "goed.xml", metadataFor(OIN, CERTIFICATE)));
        save(anne(), fixed, saved.version());

        UploadCheckView good = bed.inTransaction(() -> checks.checkUploads(anne(), Locale.ENGLISH));
        assertThat(good.hasErrors()).isFalse();
        assertThat(good.findings()).extracting(ReadableFinding::severity).contains(Severity.INFO);
        assertThat(good.read()).extracting(UploadCheckView.ReadLine::value)
                .anyMatch(value -> value.contains("urn:nl-eid-gdi:1.0:DV:" + OIN));
        assertThat(bed.inTransaction(() -> checks.errors(anne()))).isEmpty();
    }

    @Test
    void shouldRefuseToSubmitADraftWithErrorsAndKeepIt() {
        WizardDraft draft = completeDraft();
        draft.setAcceptedTermsVersion("");
        DraftView saved = save(anne(), draft, DraftView.NOT_SAVED);

        assertThatThrownBy(() -> bed.inTransaction(() -> submitter.submit(anne(), saved.version())))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("draft.hasErrors");
                    assertThat(e.arguments()).containsExactly("1");
                });
        assertThat(bed.queries.myApplications(anne())).isEmpty();
        assertThat(bed.inTransaction(() -> drafts.open(anne())).version()).isEqualTo(saved.version());
    }

    @Test
    void shouldSubmitACompleteDraftAsAnApplicationAndStartAFreshDraft() {
        DraftView saved = save(anne(), completeDraft(), DraftView.NOT_SAVED);

        String reference = bed.inTransaction(() -> submitter.submit(colleague(), saved.version()));

        assertThat(bed.queries.myApplications(anne())).extracting(ApplicationStatusView::reference).containsExactly(reference);
        var content = bed.inTransaction(() -> bed.applications.currentVersion(
                bed.applications.findByReference(reference).orElseThrow()).content());
        assertThat(content.services()).extracting(s -> s.name()).containsExactly("Parkeervergunning");
        assertThat(content.contacts()).extracting(c -> c.name()).containsExactly("Tess Techniek");
        assertThat(content.termsVersion()).isEqualTo(bed.checklistQueries.currentTerms().label());
        assertThat(content.checklistAnswers()).isNotEmpty();
        DraftView next = bed.inTransaction(() -> drafts.open(anne()));
        assertThat(next.version()).isEqualTo(DraftView.NOT_SAVED);
        assertThat(next.draft().certificate()).isEmpty();
    }

    @Test
    void shouldSubmitTheNextDraftThoughItReachedTheVersionAnEarlierDraftWasSubmittedFrom() {
        DraftView first = save(anne(), completeDraft(), DraftView.NOT_SAVED);
        String firstReference = bed.inTransaction(() -> submitter.submit(anne(), first.version()));
        DraftView next = save(anne(), completeDraft(), DraftView.NOT_SAVED);
        assertThat(next.version()).as("a new draft counts its versions anew").isEqualTo(first.version());

        String nextReference = bed.inTransaction(() -> submitter.submit(anne(), next.version()));

        assertThat(nextReference).isNotEqualTo(firstReference);
        assertThat(bed.queries.myApplications(anne())).extracting(ApplicationStatusView::reference)
                .containsExactlyInAnyOrder(firstReference, nextReference);
        assertThat(bed.inTransaction(() -> submitter.submit(anne(), next.version()))).as("submitted again: the same outcome")
                .isEqualTo(nextReference);
    }

    @Test
    void shouldSubmitTheChosenServiceUuidModeAndKeepItAcrossSaves() {
        WizardDraft draft = completeDraft();
        draft.setServiceUuidDelivery(ServiceUuidDelivery.AUTHN_REQUEST.name());
        DraftView saved = save(anne(), draft, DraftView.NOT_SAVED);
        assertThat(bed.inTransaction(() -> drafts.open(colleague())).draft().getServiceUuidDelivery())
                .isEqualTo(ServiceUuidDelivery.AUTHN_REQUEST.name());

        String reference = bed.inTransaction(() -> submitter.submit(anne(), saved.version()));

        assertThat(bed.inTransaction(() -> bed.applications.currentVersion(
                bed.applications.findByReference(reference).orElseThrow()).getServiceUuidDelivery()))
                .isEqualTo(ServiceUuidDelivery.AUTHN_REQUEST);
    }

    @Test
    void shouldRefuseAnUnknownServiceUuidModeOnTheServicesStep() {
        WizardDraft draft = completeDraft();
        draft.setServiceUuidDelivery("IN_A_HEADER");
        save(anne(), draft, DraftView.NOT_SAVED);

        assertThat(bed.inTransaction(() -> checks.errors(anne())))
                .extracting(DraftError::step, DraftError::fieldId, DraftError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WizardStep.SERVICES, FieldIds.SERVICE_UUID_DELIVERY,
                        "application.invalid.serviceUuidDelivery"));
    }

    @Test
    void shouldReadADraftSavedBeforeTheServiceUuidModeExistedInMetadataMode() {
        WizardDraft draft = DraftJson.read("{\"oin\":\"" + OIN + "\",\"eenmaligInloggen\":\"no\"}");

        assertThat(draft.serviceUuidDelivery()).contains(ServiceUuidDelivery.METADATA);
        assertThat(WizardDraft.startFor(OIN, "Gemeente Voorbeeldstad").serviceUuidDelivery()).contains(ServiceUuidDelivery.METADATA);
    }

    @Test
    void shouldRefuseACareProvidersRegisterNumberOfTheWrongFormAtItsFieldAndKeepWhatWasTyped() {
        WizardDraft draft = completeDraft();
        draft.setOrganisationKind(OrganisationKind.CARE_PROVIDER.name());
        draft.setCareRegister(CareRegister.AGB.name());
        draft.setRegisterNumber("1234 567a");
        DraftView saved = save(anne(), draft, DraftView.NOT_SAVED);

        assertThat(bed.inTransaction(() -> checks.errors(anne())))
                .extracting(DraftError::step, DraftError::fieldId, DraftError::messageKey, DraftError::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WizardStep.ORGANISATION, FieldIds.REGISTER_NUMBER,
                        "draft.registerNumber.invalid", List.of("AGB", "8", "9")));
        assertThatThrownBy(() -> bed.inTransaction(() -> submitter.submit(anne(), saved.version())))
                .isInstanceOf(ActionRefusedException.class);
        WizardDraft resumed = bed.inTransaction(() -> drafts.open(colleague())).draft();
        assertThat(resumed.getRegisterNumber()).isEqualTo("1234 567a");
        assertThat(resumed.careRegister()).contains(CareRegister.AGB);
        assertThat(resumed.getServices().get(0).getName()).isEqualTo("Parkeervergunning");
        assertThat(bed.inTransaction(() -> new OrganisationRepository(bed.em).findByOin(OIN).orElseThrow().getKind()))
                .isEqualTo(OrganisationKind.GOVERNMENT);
    }

    @Test
    void shouldAskACareProviderForItsRegisterAndAGovernmentOrganisationForNeither() {
        WizardDraft draft = completeDraft();
        draft.setOrganisationKind(OrganisationKind.CARE_PROVIDER.name());
        draft.setRegisterNumber("12345678");
        save(anne(), draft, DraftView.NOT_SAVED);

        assertThat(bed.inTransaction(() -> checks.errors(anne()))).extracting(DraftError::fieldId, DraftError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FieldIds.CARE_REGISTER, "draft.careRegister.required"));
        assertThat(DraftJson.read("{\"oin\":\"" + OIN + "\"}").organisationKind()).contains(OrganisationKind.GOVERNMENT);
        WizardDraft unknown = completeDraft();
        unknown.setOrganisationKind("HOSPITAL");
        assertThat(unknown.organisationKind()).isEmpty();
    }

    @Test
    void shouldSubmitACareProviderWithItsUraAndTheKindOfItsProof() {
        WizardDraft draft = completeDraft();
        draft.setOrganisationKind(OrganisationKind.CARE_PROVIDER.name());
        draft.setCareRegister(CareRegister.URA.name());
        draft.setRegisterNumber("12345678");
        draft.setAlbDecision(upload(anne(), FilePurpose.ALB_DECISION, "wabvpz.pdf", "%PDF-1.7\nWabvpz\n%%EOF\n"));
        save(anne(), draft, DraftView.NOT_SAVED);
        assertThat(bed.inTransaction(() -> checks.errors(anne()))).extracting(DraftError::step, DraftError::fieldId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WizardStep.ALB, FieldIds.ALB_PROOF_KIND));
        ApplicantKindQueries kinds = new ApplicantKindQueries(bed.applications, new OrganisationRepository(bed.em),
                new AlbDecisionRepository(bed.em), new BsnProofKindRepository(bed.em));
        ProofKindChoice wabvpz = kinds.proofKinds(Locale.ENGLISH).stream()
                .filter(kind -> kind.name().contains("Wabvpz")).findFirst().orElseThrow();
        draft.setAlbProofKindId(String.valueOf(wabvpz.id()));
        DraftView saved = save(anne(), draft, bed.inTransaction(() -> drafts.open(anne())).version());

        String reference = bed.inTransaction(() -> submitter.submit(anne(), saved.version()));
        bed.runDueJobs();

        assertThat(bed.inTransaction(() -> kinds.of(reviewer("rev1"), reference, Locale.ENGLISH))).satisfies(kind -> {
            assertThat(kind.kind()).isEqualTo(OrganisationKind.CARE_PROVIDER);
            assertThat(kind.register()).isEqualTo(CareRegister.URA);
            assertThat(kind.registerNumber()).isEqualTo("12345678");
            assertThat(kind.proofKind()).isEqualTo(wabvpz.name());
        });
        assertThat(bed.inTransaction(() -> kinds.proofKindsFor(anne(), Locale.ENGLISH))).contains(wabvpz);
        assertThat(bed.inTransaction(() -> kinds.proofKindsFor(otto(), Locale.ENGLISH))).isEmpty();
    }

    @Test
    void shouldAnswerTheSameSubmissionSentAgainWithTheApplicationTheFirstOneMade() {
        DraftView saved = save(anne(), completeDraft(), DraftView.NOT_SAVED);
        String first = bed.inTransaction(() -> submitter.submit(anne(), saved.version()));

        String second = bed.inTransaction(() -> submitter.submit(colleague(), saved.version()));

        assertThat(second).isEqualTo(first);
        assertThat(bed.queries.myApplications(anne())).extracting(ApplicationStatusView::reference).containsExactly(first);
        // back in the browser after submitting, then submitting an empty draft: where the application went
        assertThatThrownBy(() -> bed.inTransaction(() -> submitter.submit(anne(), DraftView.NOT_SAVED)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("draft.alreadySubmitted");
                    assertThat(e.arguments()).containsExactly(first);
                });
        assertThat(bed.inTransaction(() -> drafts.submittedSinceLastDraft(anne()))).contains(first);
    }

    @Test
    void shouldGiveASubmissionThatLostTheRaceTheOutcomeOfTheOneThatWon() {
        DraftView saved = save(anne(), completeDraft(), DraftView.NOT_SAVED);
        String first = bed.inTransaction(() -> submitter.submit(anne(), saved.version()));

        String second = DraftSubmission.submitOnce(anne(), saved.version(), (actor, version) -> {
            throw new jakarta.ejb.EJBTransactionRolledbackException("commit failed",
                    new jakarta.persistence.OptimisticLockException("row was updated by another transaction"));
        }, (actor, version) -> bed.inTransaction(() -> drafts.submittedFrom(actor, version)), java.time.Duration.ofSeconds(1));

        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> DraftSubmission.submitOnce(anne(), saved.version(), (actor, version) -> {
            throw new jakarta.ejb.EJBException(new IllegalStateException("no published checklist"));
        }, (actor, version) -> bed.inTransaction(() -> drafts.submittedFrom(actor, version)), java.time.Duration.ofSeconds(1)))
                .as("only a concurrency failure is answered with the first outcome").isInstanceOf(jakarta.ejb.EJBException.class);
    }

    @Test
    void shouldTellWhetherTheOrganisationIsOnTheAlbList() {
        assertThat(bed.inTransaction(() -> checks.albStatus(anne())))
                .isEqualTo(new AlbStatusView(true, "Gemeente Voorbeeldstad", "RvIG-2026-0001", "2026-01-05"));
        assertThat(bed.inTransaction(() -> checks.albStatus(otto())).registered()).isFalse();
    }
}
