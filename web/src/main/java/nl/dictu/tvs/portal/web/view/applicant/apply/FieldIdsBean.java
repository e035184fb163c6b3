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

    /** The longest service name the service accepts: the name field's maxlength. */
    public int getServiceNameMax() {
        return ServiceDeclaration.NAME_MAX;
    }
}
