package nl.dictu.tvs.portal.web.view;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import org.junit.jupiter.api.Test;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ViewResourceCacheTest {

    /** The handler below the cache: knows the views under /reviewer/ and counts what it is asked. */
    private static final class Files extends ResourceHandlerWrapper {

        final List<String> asked = new ArrayList<>();

        Files() {
            super(null);
        }

        @Override
        public ViewResource createViewResource(FacesContext context, String resourceName) {
            asked.add(resourceName);
            if (!resourceName.startsWith("/reviewer/")) {
                return null;
            }
            return new ViewResource() {
                @Override
                public URL getURL() {
                    try {
                        return URI.create("file:/webapp" + resourceName).toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }

    private final Files files = new Files();
    private final ViewResourceCache cache = new ViewResourceCache(files);

    @Test
    void shouldAskForAFoundViewOnceInProduction() {
        FacesContext production = new Stage(ProjectStage.Production);

        ViewResource first = cache.createViewResource(production, "/reviewer/tasks.xhtml");
        ViewResource second = cache.createViewResource(production, "/reviewer/tasks.xhtml");

        assertThat(second).isSameAs(first);
        assertThat(second.getURL()).hasPath("/webapp/reviewer/tasks.xhtml");
        assertThat(files.asked).containsExactly("/reviewer/tasks.xhtml");
    }

    @Test
    void shouldAskAgainForAViewThatWasNotFound() {
        FacesContext production = new Stage(ProjectStage.Production);

        assertThat(cache.createViewResource(production, "/nergens.xhtml")).isNull();
        assertThat(cache.createViewResource(production, "/nergens.xhtml")).isNull();

        assertThat(files.asked).containsExactly("/nergens.xhtml", "/nergens.xhtml");
    }

    @Test
    void shouldKeepNothingOutsideProduction() {
        FacesContext development = new Stage(ProjectStage.Development);

        cache.createViewResource(development, "/reviewer/tasks.xhtml");
        cache.createViewResource(development, "/reviewer/tasks.xhtml");

        assertThat(files.asked).hasSize(2);
    }

    @Test
    void shouldKeepNoMoreThanItsLimit() {
        FacesContext production = new Stage(ProjectStage.Production);
        for (int i = 0; i < ViewResourceCache.MOST_KEPT + 1; i++) {
            cache.createViewResource(production, "/reviewer/" + i + ".xhtml");
        }
        files.asked.clear();

        cache.createViewResource(production, "/reviewer/0.xhtml");
        cache.createViewResource(production, "/reviewer/" + ViewResourceCache.MOST_KEPT + ".xhtml");

        assertThat(files.asked).as("the first ones kept, the one past the limit asked for again")
                .containsExactly("/reviewer/" + ViewResourceCache.MOST_KEPT + ".xhtml");
    }

    /** A Faces context that knows only its project stage (everything else would go to a context it does not have). */
    private static final class Stage extends FacesContextWrapper {

        private final ProjectStage stage;

        Stage(ProjectStage stage) {
            super(null);
            this.stage = stage;
        }

        @Override
        public boolean isProjectStage(ProjectStage wanted) {
            return stage == wanted;
        }
    }
}
