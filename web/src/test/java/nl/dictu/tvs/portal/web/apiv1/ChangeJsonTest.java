package nl.dictu.tvs.portal.web.apiv1;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.MemberAddition;
import nl.dictu.tvs.portal.usecase.change.MemberChangeView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ChangeJsonTest {

    private static final String OIN = "00000099987654321000";

    @Test
    void shouldDocumentBase64LimitsThatFitExactlyTheLargestFilesThePagesTake() {
        assertThat(ChangeJson.DECISION_BASE64_MAX).isEqualTo(
                Base64.getEncoder().encodeToString(new byte[FilePurpose.ALB_DECISION.maxBytes()]).length());
        assertThat(ChangeJson.METADATA_BASE64_MAX).isEqualTo(
                Base64.getEncoder().encodeToString(new byte[FilePurpose.METADATA.maxBytes()]).length());
    }

    @Test
    void shouldDecodeTheFilesOfAnAdditionAndRefuseBadBase64AtItsBodyField() {
        MemberAddition addition = new ChangeJson.MemberAdditionSubmission("TVS-2026-00001", "preproduction", OIN,
                "Gemeente Buurdorp", List.of("Afvalpas"), "besluit.pdf",
                Base64.getEncoder().encodeToString("%PDF-1.4".getBytes()), null).toAddition();
        ActionRefusedException badDecision = catchThrowableOfType(ActionRefusedException.class,
                () -> new ChangeJson.MemberAdditionSubmission("TVS-2026-00001", "PRODUCTION", OIN, "Gemeente Buurdorp",
                        List.of("Afvalpas"), "besluit.pdf", "niet*base64", null).toAddition());
        ActionRefusedException badMetadata = catchThrowableOfType(ActionRefusedException.class,
                () -> new ChangeJson.MemberAdditionSubmission("TVS-2026-00001", "PRODUCTION", OIN, "Gemeente Buurdorp",
                        List.of("Afvalpas"), null, null, "niet*base64").toAddition());

        assertThat(addition.environment()).isEqualTo(ConnectionEnvironment.PREPRODUCTION);
        assertThat(addition.rvigDecision()).startsWith("%PDF".getBytes());
        assertThat(addition.bringsMetadata()).isFalse();
        assertThat(badDecision.field()).isEqualTo("rvigDecisionBase64");
        assertThat(badDecision.messageKey()).isEqualTo("change.member.decisionNotBase64");
        assertThat(badMetadata.field()).isEqualTo("metadataBase64");
    }

    @Test
    void shouldNameTheBodysFieldInARefusalOfWhatAnAdditionCarriesButLeaveConflictsAndOtherFieldsAlone() {
        ActionRefusedException decision = ChangeJson.inBody(ActionRefusedException.of("rvigDecision",
                "change.member.rvigDecisionRequired", "Gemeente Buurdorp", OIN));
        ActionRefusedException oin = ActionRefusedException.of("oin", "change.member.notConnected", OIN);
        ActionConflictException conflict = new ActionConflictException("metadata", "change.member.metadataOpen",
                "/api/v1/change-requests/TVS-2026-00001-W1");

        assertThat(decision.field()).isEqualTo("rvigDecisionBase64");
        assertThat(decision.messageKey()).isEqualTo("change.member.rvigDecisionRequired");
        assertThat(decision.arguments()).containsExactly("Gemeente Buurdorp", OIN);
        assertThat(ChangeJson.inBody(oin)).isSameAs(oin);
        assertThat(ChangeJson.inBody(conflict)).isSameAs(conflict);
    }

    @Test
    void shouldSayWhichServedOrganisationAMemberChangeIsAbout() {
        ChangeJson.ChangeRequestDetails removal = ChangeJson.ChangeRequestDetails.of(view(
                new MemberChangeView("REMOVE", OIN, "Gemeente Buurdorp", List.of(), false, null, null, false)));
        ChangeJson.ChangeRequestDetails addition = ChangeJson.ChangeRequestDetails.of(view(
                new MemberChangeView("ADD", OIN, "Gemeente Buurdorp", List.of("Afvalpas"), false, 7L, "besluit.pdf", true)));
        ChangeJson.ChangeRequestDetails registration = ChangeJson.ChangeRequestDetails.of(view(null));

        assertThat(removal.kind()).isEqualTo("member-removal");
        assertThat(removal.servedOrganisation()).isEqualTo(new ChangeJson.ServedOrganisationChange("REMOVE", OIN,
                "Gemeente Buurdorp", null, null, null, null));
        assertThat(addition.kind()).isEqualTo("member-addition");
        assertThat(addition.servedOrganisation()).isEqualTo(new ChangeJson.ServedOrganisationChange("ADD", OIN,
                "Gemeente Buurdorp", List.of("Afvalpas"), false, "besluit.pdf", true));
        assertThat(registration.kind()).isEqualTo("registration");
        assertThat(registration.servedOrganisation()).isNull();
    }

    private static ChangeRequestView view(MemberChangeView member) {
        return new ChangeRequestView("TVS-2026-00001-W1", "TVS-2026-00001", "Leverancier Clusterdiensten", "PREPRODUCTION",
                "FAST", "OPEN", Instant.parse("2026-12-01T09:00:00Z"), "api-client:x", Instant.parse("2026-12-08T09:00:00Z"),
                false, "change.waiting.reviewer", null, "confirmChange", "1", List.of(), List.of(), true, null, null, null,
                null, null, member);
    }
}
