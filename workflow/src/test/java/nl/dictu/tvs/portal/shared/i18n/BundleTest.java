package nl.dictu.tvs.portal.shared.i18n;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.application.MessageLabel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Messages name things as the pages do: by their labels, with the limit that applies, without echoing the input. */
class BundleTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void shouldNameTheContactsRoleByItsLabel() {
        InvalidApplicationException refusal = catchThrowableOfType(InvalidApplicationException.class,
                () -> new Contact(ContactRole.TECHNICAL, "Tess", "geen-adres", null));

        String dutch = Bundle.text(DUTCH, refusal.messageKey(), refusal.arguments().toArray());
        String english = Bundle.text(Locale.ENGLISH, refusal.messageKey(), refusal.arguments().toArray());

        assertThat(dutch).startsWith("Technisch contactpersoon:").doesNotContain("TECHNICAL");
        assertThat(english).startsWith("Technical contact").doesNotContain("TECHNICAL");
    }

    @Test
    void shouldNameATaskByItsLabel() {
        assertThat(Bundle.text(DUTCH, "decision.acceptOrRejectRequired", MessageLabel.of("step.verifyAlbDecision")))
                .isEqualTo("RvIG-besluit verifiëren: kies accepteren of afwijzen.");
    }

    @Test
    void shouldSayTheServiceNameLimitWithoutRepeatingTheName() {
        String name = "x".repeat(ServiceDeclaration.NAME_MAX + 1);

        InvalidApplicationException refusal = catchThrowableOfType(InvalidApplicationException.class,
                () -> new ServiceDeclaration(name, Set.of(AssuranceLevel.DIGID_MIDDEN)));

        assertThat(ServiceDeclaration.NAME_MAX).isEqualTo(64);
        assertThat(Bundle.text(DUTCH, refusal.messageKey(), refusal.arguments().toArray()))
                .contains("langer dan 64 tekens").doesNotContain(name);
        assertThat(Bundle.text(Locale.ENGLISH, refusal.messageKey(), refusal.arguments().toArray()))
                .contains("longer than 64 characters").doesNotContain(name);
    }
}
