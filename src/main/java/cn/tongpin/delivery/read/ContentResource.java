package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
import cn.tongpin.locale.LocaleParam;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery API's reads of meetings, organizations, participants and topics, one operation per
 * path: each hands its typed parameters to the reader of its type and answers through
 * {@link DeliveryResponses} (once per content generation, then from the cache). The 304 and the 400
 * of a bad parameter that every such read answers are stated by rule ({@code web.OpenApiContract}),
 * not here. Articles have a
 * class of their own, whose path the channel resources share; search is {@code delivery.search}'s.
 */
@Path(DeliveryEdge.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ContentResource {

    @Inject
    Readers readers;

    @Inject
    DeliveryResponses responses;

    @GET
    @Path("meetings")
    @Tag(name = "Meetings (delivery)")
    @Operation(summary = "List published meetings", description = "Filters: organization, participant, topic (ids or slugs), "
            + "kind, from, to (RFC 3339), q (Chinese full-text search). Sort: startsAt (default -startsAt), title, slug, "
            + "createdAt, updatedAt; relevance (default with q). include: hostOrganization, organizations, attendees, topics. "
            + "fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = Pages.Meetings.class)))
    public Response listMeetings(@BeanParam Paging paging, @BeanParam MeetingQuery.Filters filters, @BeanParam MeetingQuery.Shape shape,
            @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> readers.meetings.list(uri, paging, filters, shape.selection()));
    }

    @GET
    @Path("meetings/{idOrSlug}")
    @Tag(name = "Meetings (delivery)")
    @Operation(summary = "Get a published meeting by id or slug",
            description = "The meeting page in one request: include=attendees,organizations,hostOrganization,topics.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingContent.class)))
    @APIResponse(responseCode = "404", description = "No such published meeting")
    public Response getMeeting(@PathParam("idOrSlug") String idOrSlug, @BeanParam MeetingQuery.Shape shape, @BeanParam LocaleParam locale) {
        return responses.respond(() -> readers.meetings.get(idOrSlug, shape.selection()));
    }

    @GET
    @Path("organizations")
    @Tag(name = "Organizations (delivery)")
    @Operation(summary = "List organizations", description = "Filters: kind, parent (id or slug). Sort: name (default), slug, "
            + "createdAt, updatedAt. include: parent, children, people, meetings. fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of organizations", content = @Content(schema = @Schema(implementation = Pages.Organizations.class)))
    public Response listOrganizations(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting, @BeanParam DirectoryQuery.OrganizationFilters filters,
            @BeanParam DirectoryQuery.OrganizationShape shape, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> readers.organizations.byName(uri, paging, sorting, filters.filter(), shape.selection()));
    }

    @GET
    @Path("organizations/{idOrSlug}")
    @Tag(name = "Organizations (delivery)")
    @Operation(summary = "Get an organization by id or slug",
            description = "The organization page in one request: include=people,meetings,children,parent.")
    @APIResponse(responseCode = "200", description = "The organization", content = @Content(schema = @Schema(implementation = OrganizationContent.class)))
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response getOrganization(@PathParam("idOrSlug") String idOrSlug, @BeanParam DirectoryQuery.OrganizationShape shape,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> readers.organizations.get(idOrSlug, shape.selection()));
    }

    @GET
    @Path("participants")
    @Tag(name = "Participants (delivery)")
    @Operation(summary = "List participants", description = "Filter: organization (id or slug; any position there, past or "
            + "present). Sort: name (default), slug, createdAt, updatedAt. include: meetings. fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of participants", content = @Content(schema = @Schema(implementation = Pages.Participants.class)))
    public Response listParticipants(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting, @BeanParam DirectoryQuery.ParticipantFilters filters,
            @BeanParam DirectoryQuery.ParticipantShape shape, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> readers.participants.byName(uri, paging, sorting, filters.filter(), shape.selection()));
    }

    @GET
    @Path("participants/{idOrSlug}")
    @Tag(name = "Participants (delivery)")
    @Operation(summary = "Get a participant by id or slug", description = "include=meetings adds the meetings attended, with the title held there.")
    @APIResponse(responseCode = "200", description = "The participant", content = @Content(schema = @Schema(implementation = ParticipantContent.class)))
    @APIResponse(responseCode = "404", description = "No such participant")
    public Response getParticipant(@PathParam("idOrSlug") String idOrSlug, @BeanParam DirectoryQuery.ParticipantShape shape,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> readers.participants.get(idOrSlug, shape.selection()));
    }

    @GET
    @Path("participants/{idOrSlug}/timeline")
    @Tag(name = "Participants (delivery)")
    @Operation(summary = "A participant's timeline", description = "The participant and the published meetings they attended "
            + "(with the title held then), newest first. limit 1–100, default 20; locale.")
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(schema = @Schema(implementation = Pages.Timeline.class)))
    @APIResponse(responseCode = "404", description = "No such participant")
    public Response timeline(@PathParam("idOrSlug") String idOrSlug,
            @QueryParam("limit") @Parameter(description = "Meetings shown, newest first.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) String limit,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> readers.participants.timeline(idOrSlug,
                ListParams.number(limit, "limit", ListParams.DEFAULT_LIMIT, 1, ListParams.MAX_LIMIT)));
    }

    @GET
    @Path("topics")
    @Tag(name = "Topics (delivery)")
    @Operation(summary = "List topics", description = "Sort: name (default), slug, createdAt, updatedAt. fields, locale, "
            + "limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of topics", content = @Content(schema = @Schema(implementation = Pages.Topics.class)))
    public Response listTopics(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @BeanParam Fields fields, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> readers.topics.byName(uri, paging, sorting, new Filter(), fields.selection(null, TopicContent.SHAPE)));
    }

    @GET
    @Path("topics/{idOrSlug}")
    @Tag(name = "Topics (delivery)")
    @Operation(summary = "Get a topic by id or slug")
    @APIResponse(responseCode = "200", description = "The topic", content = @Content(schema = @Schema(implementation = TopicContent.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response getTopic(@PathParam("idOrSlug") String idOrSlug, @BeanParam Fields fields,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> readers.topics.get(idOrSlug, fields.selection(null, TopicContent.SHAPE)));
    }
}
