package nl.dictu.tvs.portal.usecase.administration;

import nl.dictu.tvs.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTest {

    @Test
    void shouldTieApplicantsToExactlyOneOrganisationAndStaffToNone() {
        assertThat(AccountRules.newAccount(Set.of(Role.APPLICANT), true, true)).isEmpty();
        assertThat(AccountRules.newAccount(Set.of(Role.APPLICANT), false, true)).contains("admin.users.organisationRequired");
        assertThat(AccountRules.newAccount(Set.of(Role.APPLICANT, Role.REVIEWER), true, true)).contains("admin.users.applicantOnlyApplicant");
        assertThat(AccountRules.newAccount(Set.of(Role.REVIEWER, Role.ADMIN), false, true)).isEmpty();
        assertThat(AccountRules.newAccount(Set.of(Role.REVIEWER), true, true)).contains("admin.users.staffWithoutOrganisation");
        assertThat(AccountRules.newAccount(Set.of(), false, true)).contains("admin.users.rolesRequired");
    }

    @Test
    void shouldLeaveStaffAccountsToTheIdentityProviderOutsideDemoMode() {
        assertThat(AccountRules.newAccount(Set.of(Role.REVIEWER), false, false)).contains("admin.users.staffAtProvider");
        assertThat(AccountRules.newAccount(Set.of(Role.ADMIN), false, false)).contains("admin.users.staffAtProvider");
        assertThat(AccountRules.newAccount(Set.of(Role.APPLICANT), true, false)).isEmpty();
    }

    @Test
    void shouldRefuseAnAdminRemovingTheirOwnAdminRole() {
        assertThat(AccountRules.roleChange("henk", "henk", Set.of(Role.ADMIN), Set.of(Role.REVIEWER), 3))
                .contains("admin.users.ownAdminRole");
        assertThat(AccountRules.roleChange("henk", "henk", Set.of(Role.ADMIN), Set.of(Role.ADMIN, Role.REVIEWER), 0)).isEmpty();
    }

    @Test
    void shouldLetAnAdminTakeAnotherAdminsRoleButNeverTheLastOne() {
        assertThat(AccountRules.roleChange("henk", "bea", Set.of(Role.ADMIN, Role.REVIEWER), Set.of(Role.REVIEWER), 1)).isEmpty();
        assertThat(AccountRules.roleChange("henk", "bea", Set.of(Role.ADMIN), Set.of(Role.REVIEWER), 0))
                .contains("admin.users.lastAdmin");
    }

    @Test
    void shouldKeepTheApplicantRoleOutOfRoleChanges() {
        assertThat(AccountRules.roleChange("henk", "anne", Set.of(Role.APPLICANT), Set.of(Role.REVIEWER), 1))
                .contains("admin.users.applicantRoleFixed");
        assertThat(AccountRules.roleChange("henk", "bram", Set.of(Role.REVIEWER), Set.of(Role.APPLICANT), 1))
                .contains("admin.users.applicantRoleFixed");
        assertThat(AccountRules.roleChange("henk", "bram", Set.of(Role.REVIEWER), Set.of(), 1)).contains("admin.users.rolesRequired");
    }

    @Test
    void shouldSayAnAdminCannotDropTheirOwnAdminRoleEvenWhenNoRoleIsLeft() {
        assertThat(AccountRules.roleChange("henk", "henk", Set.of(Role.ADMIN), Set.of(), 3)).contains("admin.users.ownAdminRole");
        assertThat(AccountRules.roleChange("henk", "bea", Set.of(Role.ADMIN), Set.of(), 0)).contains("admin.users.lastAdmin");
        assertThat(AccountRules.roleChange("henk", "bea", Set.of(Role.ADMIN), Set.of(), 1)).contains("admin.users.rolesRequired");
    }

    @Test
    void shouldRefuseDisablingYourselfOrTheLastAdmin() {
        assertThat(AccountRules.disable("henk", "henk", Set.of(Role.ADMIN), 4)).contains("admin.users.disableSelf");
        assertThat(AccountRules.disable("henk", "bea", Set.of(Role.ADMIN), 0)).contains("admin.users.lastAdmin");
        assertThat(AccountRules.disable("henk", "anne", Set.of(Role.APPLICANT), 0)).isEmpty();
    }

    @Test
    void shouldMakeLongUnambiguousOneTimePasswordsThatDiffer() {
        String first = OneTimePassword.generate();

        assertThat(first).matches("([a-km-zA-HJ-NP-Z2-9]{5}-){3}[a-km-zA-HJ-NP-Z2-9]{5}");
        assertThat(OneTimePassword.generate()).isNotEqualTo(first);
    }
}
