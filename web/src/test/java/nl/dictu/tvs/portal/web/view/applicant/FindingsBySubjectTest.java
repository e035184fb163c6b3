package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsBySubjectTest {

    @Test
    void shouldPutEachFindingBesideTheFieldItConcerns() {
        Finding certificate = Finding.of(FindingCode.CERTIFICATE_EXPIRED, "2026-01-01");
        Finding metadata = Finding.of(FindingCode.METADATA_SIGNATURE_INVALID);
        Finding oin = Finding.of(FindingCode.OIN_FORMAT_INVALID, "123");

        FindingsBySubject bySubject = FindingsBySubject.of(List.of(oin, metadata, certificate));

        assertThat(bySubject.certificate()).containsExactly(certificate);
        assertThat(bySubject.metadata()).containsExactly(metadata);
        assertThat(bySubject.other()).containsExactly(oin);
        assertThat(FindingsBySubject.NONE.other()).isEmpty();
    }
}
