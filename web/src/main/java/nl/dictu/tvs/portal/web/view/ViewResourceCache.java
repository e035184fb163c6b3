package nl.dictu.tvs.portal.web.view;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' own files (views, templates, includes) found once. Faces asks the resource handler for each of them
 * on every request, to restore, build and render a view, and Mojarra answers every such question by looking up
 * {@code jakarta.faces.resource.localePrefix} in the message bundle, which the portal's bundle does not have: a
 * {@code MissingResourceException}, with the whole stack filled in, about 3 % of a task-list page's CPU. In
 * {@link ProjectStage#Production} the files do not change while the application runs, so a file that was found is
 * kept; one that was not is asked for again (a wrong address must not fill the cache), and at most
 * {@value #MOST_KEPT} names are kept. Registered in {@code faces-config.xml}.
 */
public class ViewResourceCache extends ResourceHandlerWrapper {

    static final int MOST_KEPT = 1_000;

    private final Map<String, ViewResource> found = new ConcurrentHashMap<>();

    public ViewResourceCache(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        ViewResource kept = found.get(resourceName);
        if (kept != null) {
            return kept;
        }
        ViewResource resource = super.createViewResource(context, resourceName);
        if (resource != null && found.size() < MOST_KEPT && context.isProjectStage(ProjectStage.Production)) {
            found.put(resourceName, resource);
        }
        return resource;
    }
}
