package nl.dictu.tvs.portal.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Faces form posted over plain HTTP, as a browser posts a non-Ajax form: its fields, its button, the view state and the script nonce. */
final class FacesForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' script adds the page's nonce to every form it posts. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private FacesForm() {
    }

    /** The fields of form {@code formId} in the page, submitted with the button {@code buttonName}. */
    static Map<String, String> fields(String page, String formId, String buttonName, Map<String, String> values) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state in the page");
        }
        Map<String, String> form = new LinkedHashMap<>(values);
        form.put(formId, formId);
        form.put(buttonName, buttonName);
        form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }
}
