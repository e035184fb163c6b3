package nl.dictu.tvs.portal.trust.oin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.Severity;

/** The switch of the optional OIN register (COR) lookup: off by default, and when on it only informs. */
class OinRegisterSwitchTest {

    private static final String OIN = "00000004000000149000";

    /** A register that records every question, so the test sees whether it was consulted at all. */
    private static final class RecordingRegister implements OinRegisterLookup {
        private final boolean enabled;
        private final Optional<OinRegisterEntry> answer;
        private final List<String> asked = new ArrayList<>();

        RecordingRegister(boolean enabled, Optional<OinRegisterEntry> answer) {
            this.enabled = enabled;
            this.answer = answer;
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public Optional<OinRegisterEntry> find(String oin) {
            asked.add(oin);
            return answer;
        }
    }

    @Test
    void shouldBeOffByDefault() {
        NoOinRegisterLookup standard = new NoOinRegisterLookup();

        assertThat(standard.isEnabled()).isFalse();
        assertThat(standard.find(OIN)).isEmpty();
        assertThat(new OinCheck(false).check(OIN)).isEmpty();
    }

    @Test
    void shouldNeverAskASwitchedOffRegister() {
        // given
        RecordingRegister off = new RecordingRegister(false, Optional.of(new OinRegisterEntry(OIN, "Logius", "actief")));

        // when
        List<Finding> findings = new OinCheck(false, off).check(OIN);

        // then
        assertThat(findings).isEmpty();
        assertThat(off.asked).isEmpty();
    }

    @Test
    void shouldReportTheRegisteredNameAsInformationWhenSwitchedOn() {
        // given
        RecordingRegister on = new RecordingRegister(true, Optional.of(new OinRegisterEntry(OIN, "Logius", "actief")));

        // when
        List<Finding> findings = new OinCheck(false, on).check(OIN);

        // then
        assertThat(on.asked).containsExactly(OIN);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.OIN_REGISTER_FOUND, Severity.INFO));
        assertThat(findings.get(0).message(Locale.ENGLISH)).contains("Logius");
    }

    @Test
    void shouldNotAskTheRegisterAboutAnOinThatIsAlreadyInvalid() {
        // given
        RecordingRegister on = new RecordingRegister(true, Optional.empty());

        // when
        List<Finding> findings = new OinCheck(false, on).check("00000001002220648000");

        // then
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.OIN_RSIN_ELFPROEF_FAILED);
        assertThat(on.asked).isEmpty();
    }
}
