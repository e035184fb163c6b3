package nl.dictu.tvs.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The errors of the request, for the summary at the top of a form: each with a link to its field
 * (none for an error on the whole page), so a keyboard or screen reader user can go straight there.
 */
@Named
@RequestScoped
public class ErrorSummaryBean {

    /** One error; clientId is null when it concerns the page rather than a field. */
    public record Line(String clientId, String text) {
    }

    public List<Line> getErrors() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Line> lines = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (FacesMessage message : context.getMessageList(clientId)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    lines.add(new Line(clientId, message.getSummary()));
                }
            }
        }
        return lines;
    }

    public boolean hasErrors() {
        return !getErrors().isEmpty();
    }

    /** The id of the field's error message when it has one, for {@code aria-describedby}; else null. */
    public String describedBy(String clientId) {
        return invalid(clientId) ? clientId + "Error" : null;
    }

    /** Whether this field has an error: for {@code aria-invalid}. */
    public boolean invalid(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }
}
