package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.checklist.ChecklistDefinition;
import nl.dictu.tvs.portal.domain.checklist.ChecklistPhase;
import nl.dictu.tvs.portal.domain.checklist.ChecklistReopening;
import nl.dictu.tvs.portal.domain.checklist.ChecklistRepository;
import nl.dictu.tvs.portal.domain.checklist.ChecklistVerdict;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.domain.terms.TermsRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checklist and terms new applications get, and where an application's checklist stands. */
@Stateless
public class ChecklistQueries {

    @Inject
    private ChecklistRepository checklists;

    @Inject
    private TermsRepository terms;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private StoredFileRepository files;

    @Inject
    private MemberChecklists memberChecklists;

    public ChecklistQueries() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public ChecklistQueries(ChecklistRepository checklists, TermsRepository terms, ApplicationRepository applications,
                            StoredFileRepository files, MemberChecklists memberChecklists) {
        this.memberChecklists = memberChecklists;
        this.checklists = checklists;
        this.terms = terms;
        this.applications = applications;
        this.files = files;
    }

    /** The published checklist new applications answer. */
    public ChecklistView currentChecklist() {
        return ChecklistView.of(checklists.current().orElseThrow(() -> new IllegalStateException("no published checklist")));
    }

    /** The published terms an applicant accepts now. */
    public TermsView currentTerms() {
        return TermsView.of(terms.current().orElseThrow(() -> new IllegalStateException("no published terms")));
    }

    /**
     * The items the application's production request asks: the production items of the checklist
     * version the application started with that apply to its login means and Eenmalig Inloggen.
     */
    public List<ChecklistItemView> productionItemsOf(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        ApplicationContent content = applications.currentVersion(application).content();
        return ChecklistView.of(definitionOf(checklists, application))
                .applicableAt(ChecklistPhase.PRODUCTION, content.loginMeans(), content.eenmaligInloggen());
    }

    /** The application's checklist with answers and verdicts, for its organisation's applicants and for reviewers. */
    public ChecklistStatus checklistOf(SignedInUser actor, String reference) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new AccessRefusedException("access.notYourApplication", reference));
        AccessPolicy.requireMayRead(actor, reference, application.getOrganisation().getOin());
        ApplicationVersion version = applications.currentVersion(application);
        ChecklistDefinition definition = definitionOf(checklists, application);
        List<ChecklistVerdict> verdicts = checklists.verdicts(application.getId());
        Optional<ChecklistReopening> reopening = checklists.latestReopening(application.getId());
        int reopenedAfter = reopening.map(ChecklistReopening::getAfterRound).orElse(0);
        ChecklistProgress progress = new ChecklistProgress(version.checklistAnswers(), verdicts, reopenedAfter);
        List<ChecklistLine> lines = lines(definition, version.checklistAnswers(), progress);
        List<ChecklistStatus.MemberChecklist> members = memberChecklists.progress(application.getId(), reopenedAfter).stream()
                .map(member -> new ChecklistStatus.MemberChecklist(member.oin(), member.name(),
                        lines(definition, member.answers(), member.progress())))
                .toList();
        int latestRound = Math.max(progress.latestRound(), memberChecklists.latestRound(application.getId()));
        ChecklistStatus.ApprovalRefusal refusal = reopening.filter(r -> r.getAfterRound() == latestRound)
                .map(r -> new ChecklistStatus.ApprovalRefusal(r.getReason(), r.getReopenedBy(), r.getReopenedAt()))
                .orElse(null);
        return new ChecklistStatus(reference, definition.getLabel(), version.getNumber(), latestRound, lines,
                refusal, members);
    }

    /** One line per answer, with its newest verdict, in the checklist's order. */
    private List<ChecklistLine> lines(ChecklistDefinition definition, List<ChecklistAnswer> answers,
                                      ChecklistProgress progress) {
        Set<String> toRework = progress.toRework();
        Set<String> underAssessment = progress.underAssessment();
        List<ChecklistLine> lines = new ArrayList<>();
        for (ChecklistAnswer answer : answers) {
            ChecklistItemView item = definition.item(answer.itemCode()).map(ChecklistItemView::of)
                    .orElseThrow(() -> new IllegalStateException("answer to unknown item " + answer.itemCode()));
            UploadedFile evidence = answer.evidenceFileId() == null ? null
                    : files.findById(answer.evidenceFileId()).map(UploadedFile::of).orElse(null);
            Optional<ChecklistVerdict> verdict = progress.latestVerdict(answer.itemCode());
            lines.add(new ChecklistLine(item, answer.answer(), answer.explanation(), evidence,
                    verdict.map(ChecklistVerdict::isAccepted).orElse(null),
                    verdict.map(ChecklistVerdict::getComment).orElse(null),
                    verdict.map(ChecklistVerdict::getAssessedBy).orElse(null),
                    verdict.map(ChecklistVerdict::getAssessedAt).orElse(null),
                    verdict.map(ChecklistVerdict::getRound).orElse(0),
                    toRework.contains(answer.itemCode()), underAssessment.contains(answer.itemCode())));
        }
        lines.sort((a, b) -> Integer.compare(position(definition, a), position(definition, b)));
        return lines;
    }

    private static int position(ChecklistDefinition definition, ChecklistLine line) {
        return definition.item(line.item().code()).map(item -> item.position()).orElse(Integer.MAX_VALUE);
    }

    /** The version the application answers; the current one for applications from before versioned checklists. */
    public static ChecklistDefinition definitionOf(ChecklistRepository checklists, Application application) {
        return application.getChecklistDefinitionId().flatMap(checklists::findById)
                .or(checklists::current)
                .orElseThrow(() -> new IllegalStateException("no checklist for " + application.getReference()));
    }
}
