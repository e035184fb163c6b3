package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.LoginMeans;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

/** The wizard's field ids for the pages ({@code #{fieldIds.service(0, 'Name')}}), the same ids the errors name. */
@Named("fieldIds")
@ApplicationScoped
public class FieldIdsBean {

    public String contact(ContactRole role, String part) {
        return FieldIds.contact(role, part);
    }

    public String service(int index, String part) {
        return FieldIds.service(index, part);
    }

    public String serviceLevel(int index, LoginMeans means) {
        return FieldIds.serviceLevel(index, means);
    }

    public String answer(String itemCode) {
        return FieldIds.answer(itemCode);
    }

    public String explanation(String itemCode) {
        return FieldIds.explanation(itemCode);
    }

    public String serviceAttribute(int service, int attribute, String part) {
        return FieldIds.serviceAttribute(service, attribute, part);
    }

    /**
     * The name fields' maxlength: wider than the {@value ServiceDeclaration#NAME_MAX} accepted, so a longer name
     * (pasted, say) stays as typed and the field says the limit instead of the browser cutting it off.
     */
    public int getServiceNameInputMax() {
        return ServiceDeclaration.STORED_NAME_MAX;
    }

    /** The address and attribute fields' maxlength: wider than the {@value ServiceDeclaration#URL_MAX} accepted, for the same reason. */
    public int getServiceUrlInputMax() {
        return 2 * ServiceDeclaration.URL_MAX;
    }
}
