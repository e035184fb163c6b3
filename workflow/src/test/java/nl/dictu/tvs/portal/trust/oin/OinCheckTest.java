package nl.dictu.tvs.portal.trust.oin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

class OinCheckTest {

    private final OinCheck check = new OinCheck(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "00000001002220647000", // RSIN: Gemeente Utrecht
            "00000002003214394000", // Fi-number
            "00000003273012340000", // KvK number
            "00000004000000149000", // SubOIN: DICTU/TVS, no elfproef
            "00000006123456789000", // Logius
            "00000007123456780000", // BRIN
            "00000008123456780000", // foreign
            "00000009123456780000", // URA
            "00000010123456780000", // Belastingdienst
            "00000011123456780000"  // health insurer
    })
    void shouldAcceptAValidOinOfEveryPrefix(String oin) {
        // when
        var findings = check.check(oin);

        // then
        assertThat(findings).noneMatch(Finding::isError);
    }

    @ParameterizedTest
    @CsvSource({
            "0000000100222064700, OIN_FORMAT_INVALID",
            "000000010022206470000, OIN_FORMAT_INVALID",
            "0000000100222064700A, OIN_FORMAT_INVALID",
            "00000005123456789000, OIN_PREFIX_UNKNOWN",
            "12345678123456789000, OIN_PREFIX_UNKNOWN",
            "00000099000000001000, OIN_TEST_PREFIX_NOT_ALLOWED",
            "00000001002220648000, OIN_RSIN_ELFPROEF_FAILED",
            "00000004000000149001, OIN_SUFFIX_INVALID",
            "00000003273012341000, OIN_SUFFIX_INVALID"
    })
    void shouldRejectAnOinThatBreaksOneRule(String oin, FindingCode expected) {
        // when
        var findings = check.check(oin);

        // then
        assertThat(findings).extracting(Finding::code).containsExactly(expected);
    }

    @Test
    void shouldRejectAMissingOin() {
        // then
        assertThat(check.check(null)).extracting(Finding::code).containsExactly(FindingCode.OIN_FORMAT_INVALID);
    }

    @Test
    void shouldAcceptTestOinsInDemoMode() {
        // when
        var findings = new OinCheck(true).check("00000099000000001000");

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void shouldReportASubUnitSuffixAsInformation() {
        // when
        var findings = check.check("00000001002220647001");

        // then
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCode.OIN_SUB_UNIT);
        assertThat(findings.get(0).isError()).isFalse();
    }

    @Test
    void shouldReportARegisterMissAsInformationOnlyWhenTheLookupIsEnabled() {
        // given
        OinRegisterLookup emptyRegister = new OinRegisterLookup() {
            @Override
            public boolean isEnabled() {
                return true;
            }

            @Override
            public Optional<OinRegisterEntry> find(String oin) {
                return Optional.empty();
            }
        };

        // when
        var enabled = new OinCheck(false, emptyRegister).check("00000004000000149000");
        var disabled = check.check("00000004000000149000");

        // then
        assertThat(enabled).extracting(Finding::code).containsExactly(FindingCode.OIN_REGISTER_NOT_FOUND);
        assertThat(disabled).isEmpty();
    }

    @Test
    void shouldApplyTheElfproefOnlyToNineDigitRsins() {
        // then
        assertThat(Elfproef.passes("002220647")).isTrue();
        assertThat(Elfproef.passes("000000149")).isFalse();
        assertThat(Elfproef.passes("000000000")).isFalse();
    }
}
