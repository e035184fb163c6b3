package nl.dictu.tvs.portal.web.view;

import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.render.RenderKit;
import org.junit.jupiter.api.Test;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
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

    /** A Faces context that knows only its project stage. */
    private static final class Stage extends FacesContext {

        private final ProjectStage stage;

        Stage(ProjectStage stage) {
            this.stage = stage;
        }

        @Override
        public boolean isProjectStage(ProjectStage wanted) {
            return stage == wanted;
        }

        @Override
        public Application getApplication() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getClientIdsWithMessages() {
            return Collections.emptyIterator();
        }

        @Override
        public Lifecycle getLifecycle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExternalContext getExternalContext() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FacesMessage.Severity getMaximumSeverity() {
            return null;
        }

        @Override
        public Iterator<FacesMessage> getMessages() {
            return Collections.emptyIterator();
        }

        @Override
        public Iterator<FacesMessage> getMessages(String clientId) {
            return Collections.emptyIterator();
        }

        @Override
        public RenderKit getRenderKit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRenderResponse() {
            return false;
        }

        @Override
        public boolean getResponseComplete() {
            return false;
        }

        @Override
        public ResponseStream getResponseStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseStream(ResponseStream responseStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseWriter getResponseWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseWriter(ResponseWriter responseWriter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UIViewRoot getViewRoot() {
            return null;
        }

        @Override
        public void setViewRoot(UIViewRoot root) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release() {
            // nothing held
        }

        @Override
        public void renderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void responseComplete() {
            throw new UnsupportedOperationException();
        }
    }
}
