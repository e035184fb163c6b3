package nl.dictu.tvs.portal.web.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Gives every view the language the user chose ({@link Languages}) from the moment it is made. Without it a view
 * starts in the browser's language and takes the chosen one only when {@code <f:view locale>} is applied while it
 * renders, so what a page's view action prepared (finding texts, dates) came out in the browser's language on a page
 * in the chosen one.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            return Languages.of(request);
        }
        return super.calculateLocale(context);
    }
}
