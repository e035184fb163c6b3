package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementBoard;
import nl.dictu.tvs.portal.usecase.announcement.AnnouncementView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** {@code /api/v1/announcements}: DICTU's published announcements, public as on the portal's page. */
@Path("/v1/announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "announcements")
public class V1AnnouncementsResource {

    @EJB
    private AnnouncementBoard board;

    /** One announcement: maintenance or release, for which environments, when, in Dutch and English. */
    public record Announcement(long id, String kind, boolean preproduction, boolean production, Instant startsAt,
                               Instant endsAt, String titleNl, String titleEn, String textNl, String textEn) {
        static Announcement of(AnnouncementView view) {
            return new Announcement(view.id(), view.kind(), view.preproduction(), view.production(), view.startsAt(),
                    view.endsAt(), view.titleNl(), view.titleEn(), view.textNl(), view.textEn());
        }
    }

    @GET
    @Operation(operationId = "listAnnouncements", summary = "The announcements published now, a page at a time")
    public Page<Announcement> list(@Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
                                   @Parameter(description = "Items per page, 1 to 100 (20 when left out)")
                                   @QueryParam("pageSize") Integer pageSize) {
        return Page.of(board.published().stream().map(Announcement::of).toList(), page, pageSize, "/api/v1/announcements");
    }
}
