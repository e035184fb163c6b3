package nl.dictu.tvs.portal.domain.user;

import nl.dictu.tvs.portal.domain.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void shouldLockAfterFiveFailedSignInsAndUnlockAfterFifteenMinutes() {
        UserAccount account = UserAccount.staff("r", "R", "r@example.nl", "h", EnumSet.of(Role.REVIEWER), NOW);

        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS - 1; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.canSignIn(NOW)).isTrue();
        account.recordFailedLogin(NOW);

        assertThat(account.canSignIn(NOW.plusSeconds(60))).isFalse();
        assertThat(account.canSignIn(NOW.plus(UserAccount.LOCK_DURATION))).isTrue();
    }

    @Test
    void shouldRequireAnOrganisationForApplicants() {
        assertThatThrownBy(() -> UserAccount.applicant("a", "A", "a@example.nl", "h", null, NOW))
                .hasMessageContaining("organisation");
    }

    @Test
    void shouldRefuseTheApplicantRoleForStaff() {
        assertThatThrownBy(() -> UserAccount.staff("a", "A", "a@example.nl", "h", EnumSet.of(Role.APPLICANT), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNormaliseUserNames() {
        Organisation org = new Organisation("00000099000000001000", "Test", NOW);
        assertThat(UserAccount.applicant("  Jan@Example.NL ", "J", "j@example.nl", "h", org, NOW).getUsername())
                .isEqualTo("jan@example.nl");
    }

    @Test
    void shouldSpeakDutchUnlessEnglishWasChosen() {
        UserAccount account = UserAccount.staff("r", "R", "r@example.nl", "h", EnumSet.of(Role.REVIEWER), NOW);
        assertThat(account.getPreferredLanguage()).isEqualTo("nl");

        account.changePreferredLanguage("en");
        assertThat(account.getPreferredLanguage()).isEqualTo("en");
        account.changePreferredLanguage("fr");
        assertThat(account.getPreferredLanguage()).isEqualTo("nl");
    }

    @Test
    void shouldKeepASessionOnlyWhileEnabledAndSignedInSinceTheSessionsLastEnded() {
        UserAccount account = UserAccount.staff("r", "R", "r@example.nl", "h", EnumSet.of(Role.REVIEWER), NOW);
        assertThat(account.keepsSessionSignedInAt(null)).as("no session ever ended").isTrue();

        account.endSessions(NOW.plusNanos(1_500));
        Instant validFrom = NOW.plusNanos(1_000);
        assertThat(account.standing().sessionsValidFrom()).as("as stored: microseconds").isEqualTo(validFrom);
        assertThat(account.keepsSessionSignedInAt(validFrom.minusNanos(1_000))).as("signed in before").isFalse();
        assertThat(account.keepsSessionSignedInAt(validFrom)).as("signed in at that instant").isTrue();
        assertThat(account.keepsSessionSignedInAt(null)).as("unknown sign-in time").isFalse();

        assertThat(new AccountStanding(false, null, EnumSet.of(Role.REVIEWER)).keepsSessionSignedInAt(NOW)).as("disabled").isFalse();
        assertThat(new AccountStanding(true, null, EnumSet.noneOf(Role.class)).roles()).isEmpty();
    }
}
