package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.ApplicantOrganisation;
import nl.dictu.tvs.portal.document.ApprovalLetterData;
import nl.dictu.tvs.portal.document.Approvers;
import nl.dictu.tvs.portal.document.IssuedServiceNumber;
import nl.dictu.tvs.portal.document.ProductionConfirmationData;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The two letters that hand out service numbers: the preproduction approval and the production
 * confirmation. Same shape (reference block, salutation, the numbers, the two approvers, what to
 * do next, closing); they differ in wording, dates and next steps.
 */
final class ServiceNumberLetter implements DocumentBody {

    private final String prefix;
    private final String reference;
    private final ApplicantOrganisation organisation;
    private final List<IssuedServiceNumber> numbers;
    private final Approvers approvers;
    private final Function<DocumentText, List<Field>> dates;
    private final Function<DocumentText, List<String>> nextSteps;

    private ServiceNumberLetter(String prefix, String reference, ApplicantOrganisation organisation,
                                List<IssuedServiceNumber> numbers, Approvers approvers,
                                Function<DocumentText, List<Field>> dates,
                                Function<DocumentText, List<String>> nextSteps) {
        this.prefix = prefix;
        this.reference = reference;
        this.organisation = organisation;
        this.numbers = numbers;
        this.approvers = approvers;
        this.dates = dates;
        this.nextSteps = nextSteps;
    }

    static ServiceNumberLetter preproductionApproval(ApprovalLetterData data) {
        return new ServiceNumberLetter("document.approval.", data.reference(), data.organisation(),
                data.serviceNumbers(), data.approvers(),
                text -> List.of(new Field(text.get("document.approval.approvedAt"), text.date(data.approvedAt()))),
                text -> List.of(
                        text.get("document.approval.next.1"),
                        text.get("document.approval.next.2"),
                        text.get("document.approval.next.3")));
    }

    /**
     * The obligations that follow from going live: the first ICT security assessment within two
     * months, then one every year between 1 January and 1 May.
     */
    static ServiceNumberLetter productionConfirmation(ProductionConfirmationData data) {
        return new ServiceNumberLetter("document.production.", data.reference(), data.organisation(),
                data.serviceNumbers(), data.approvers(),
                text -> List.of(
                        new Field(text.get("document.approval.approvedAt"), text.date(data.approvedAt())),
                        new Field(text.get("document.production.connectedAt"), text.date(data.liveOn()))),
                text -> List.of(
                        text.format("document.production.next.first", text.date(data.firstAssessmentDue())),
                        text.get("document.production.next.yearly"),
                        text.get("document.production.next.changes")));
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get(prefix + "title"));
        LetterParts.referenceBlock(layout, text, reference, organisation, dates.apply(text).toArray(Field[]::new));
        layout.paragraph(text.get("document.salutation"));
        layout.paragraph(text.get(prefix + "body"));

        layout.heading(text.get(prefix + "section.services"));
        LetterParts.serviceNumbers(layout, text, numbers);
        LetterParts.approvers(layout, text, approvers);

        layout.heading(text.get(prefix + "section.next"));
        layout.bullets(nextSteps.apply(text));
        LetterParts.closing(layout, text);
    }
}
