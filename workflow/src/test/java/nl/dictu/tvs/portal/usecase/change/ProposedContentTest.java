package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.IdentifyingAttribute;
import nl.dictu.tvs.portal.domain.application.RequestedAttribute;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProposedContentTest {

    @Test
    void shouldReadBackEveryFieldOfTheServicesAndContactsItStored() {
        ServiceDeclaration full = new ServiceDeclaration("Vergunningen", "Permits",
                Set.of(AssuranceLevel.EH3, AssuranceLevel.EIDAS_SUBSTANTIAL), "Vergunning aanvragen",
                "https://voorbeeldstad.example/vergunning", "https://voorbeeldstad.example/privacy",
                Set.of(IdentifyingAttribute.values()[0]),
                List.of(new RequestedAttribute("urn:etoegang:1.9:attribute:Email", "Om u te mailen", "To mail you")), true);
        ServiceDeclaration plain = new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_MIDDEN));
        List<Contact> contacts = List.of(new Contact(ContactRole.TECHNICAL, "Tom Techniek", "tom@voorbeeldstad.example", "+31 70 123 4567"),
                new Contact(ContactRole.SIGNATORY, "Sara Teken", "sara@voorbeeldstad.example", null));

        ProposedContent read = ProposedContent.fromJson(new ProposedContent(List.of(full, plain), contacts).toJson());

        assertThat(read.services()).containsExactly(full, plain);
        assertThat(read.contacts()).containsExactlyElementsOf(contacts);
    }
}
