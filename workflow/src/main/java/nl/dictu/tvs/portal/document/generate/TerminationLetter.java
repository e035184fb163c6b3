package nl.dictu.tvs.portal.document.generate;

import nl.dictu.tvs.portal.document.TerminationConfirmationData;
import nl.dictu.tvs.portal.document.layout.Field;
import nl.dictu.tvs.portal.document.layout.PageLayout;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The termination confirmation: the reference block with the day the connection ends and the environments
 * it ends in, who asked for it and why, and what follows (TVS stops accepting the connection that day).
 */
final class TerminationLetter implements DocumentBody {

    private final TerminationConfirmationData data;

    TerminationLetter(TerminationConfirmationData data) {
        this.data = data;
    }

    @Override
    public void layOut(PageLayout layout, DocumentText text) throws IOException {
        layout.title(text.get("document.termination.title"));
        LetterParts.referenceBlock(layout, text, data.reference(), data.organisation(),
                new Field(text.get("document.termination.recordedAt"), text.date(data.recordedAt())),
                new Field(text.get("document.termination.endsOn"), text.date(data.endsOn())),
                new Field(text.get("document.termination.environments"), data.environments().stream()
                        .map(e -> text.get(e.messageKey())).collect(Collectors.joining(", "))));
        layout.paragraph(text.get("document.salutation"));
        layout.paragraph(text.format(data.byDictu() ? "document.termination.body.dictu" : "document.termination.body.applicant",
                text.date(data.endsOn())));
        layout.heading(text.get("document.termination.section.reason"));
        layout.fields(List.of(
                new Field(text.get("document.termination.requestedBy"), data.requestedBy()),
                new Field(text.get("document.termination.reason"), data.reason())));
        layout.heading(text.get("document.termination.section.next"));
        layout.bullets(List.of(
                text.format("document.termination.next.access", text.date(data.endsOn())),
                text.get("document.termination.next.metadata"),
                text.get("document.termination.next.again")));
        LetterParts.closing(layout, text);
    }
}
