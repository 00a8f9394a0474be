package cn.tongpin.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way tests make what they need, through the management API as a client would: each
 * creator starts a complete item with a slug no other test uses (so a test never depends on another
 * or on their order), fields are changed with {@code with(...)} or the named steps, and
 * {@code create()}, {@code id()} or {@code slug()} posts it.
 *
 * <pre>
 * String host = Fixtures.organization("清远广播电视台").with("kind", "media").slug();
 * String meeting = Fixtures.meeting("宣传合作座谈会").hostedBy(host).with("status", "published").slug();
 * String article = Fixtures.article("座谈").reportedBy(host).with("meeting", meeting).published().slug();
 * </pre>
 */
public final class Fixtures {

    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    public static final String ARTICLES = "/admin/v1/articles";

    private Fixtures() {
    }

    /** What the API answered for a created item. */
    public record Created(String id, String slug) {
    }

    /** A key as issued: its client, its id and its secret. */
    public record Issued(String clientId, String id, String secret) {
    }

    /** An organization of kind other. */
    public static Draft organization(String name) {
        return new Draft("/admin/v1/organizations").with("slug", Json.unique("org")).with("name", name).with("kind", "other");
    }

    /** A topic described as its name's work (党建 → 党建工作). */
    public static Draft topic(String name) {
        return new Draft("/admin/v1/topics").with("slug", Json.unique("topic")).with("name", name).with("description", name + "工作");
    }

    /** A participant; positions are added with {@link ParticipantDraft#at}. */
    public static ParticipantDraft participant(String name) {
        return new ParticipantDraft().with("slug", Json.unique("person")).with("name", name);
    }

    /** A symposium with a venue, an activity, an outcome and a summary; hosts and guests are added. */
    public static MeetingDraft meeting(String title) {
        return new MeetingDraft().with("slug", Json.unique("meeting")).with("kind", "symposium").with("title", title)
                .with("startsAt", "2025-10-11T09:30:00+08:00").with("venue", "清远广播电视台")
                .with("activities", List.of(Map.of("title", "参观主播矩阵", "description", "了解党员墙和文化客厅")))
                .with("outcomes", List.of("深化合作项目"))
                .with("summary", "双方围绕党建、经济发展、招商引资开展座谈。自2021年以来，400多名党员参与。");
    }

    /** A draft article with a two-paragraph Markdown body, complete enough to publish. */
    public static ArticleDraft article(String title) {
        return new ArticleDraft().with("slug", Json.unique("article")).with("title", title)
                .with("body", "清远高新区代表团到访清远广播电视台，双方围绕" + title + "座谈交流。\n\n自2021年以来，400多名党员参与。");
    }

    /** Uploads an image (see {@link Images}) and answers its id. */
    public static String asset(byte[] bytes, String contentType, String altText) {
        return given().contentType(contentType).body(bytes).queryParam("altText", altText).post("/admin/v1/assets")
                .then().statusCode(201).extract().path("id");
    }

    /** A partner client with the given rate limit (null: the default) and browser origins; answers its id. */
    public static String client(Integer ratePerMinute, String... origins) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Json.unique("client"));
        body.put("kind", "partner");
        body.put("allowedOrigins", List.of(origins));
        body.put("rateLimitPerMinute", ratePerMinute);
        return post("/admin/v1/clients", body);
    }

    /** A key of the given kind for the client, limited to the organizations when they are given. */
    public static Issued key(String clientId, String kind, List<String> organizations) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        if (organizations != null) {
            body.put("organizations", organizations);
        }
        ExtractableResponse<Response> answer = given().contentType(ContentType.JSON).body(body)
                .post("/admin/v1/clients/" + clientId + "/keys").then().statusCode(201).extract();
        return new Issued(clientId, answer.path("id"), answer.path("secret"));
    }

    public static Issued contentKey() {
        return key(client(null), "content", null);
    }

    public static Issued adminKey() {
        return key(client(null), "admin", null);
    }

    /** An editor key, of a client of its own, limited to one organization. */
    public static Issued editorKey(String organizationId) {
        return key(client(null), "editor", List.of(organizationId));
    }

    /** Posts a body and answers the new item's id. */
    public static String post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }

    public static int version(String path) {
        return given().get(path).then().statusCode(200).extract().path("version");
    }

    /** Publishes an article (by id or slug). */
    public static void publish(String article) {
        given().post(ARTICLES + "/" + article + "/publish").then().log().ifValidationFails().statusCode(200);
    }

    /** Creates an article from a body the test built (from {@link ArticleDraft#body()}, say); answers its id. */
    public static String createArticle(Map<String, Object> body) {
        return post(ARTICLES, body);
    }

    /** Creates and publishes an article from a body the test built; answers its id. */
    public static String publishedArticle(Map<String, Object> body) {
        String id = createArticle(body);
        publish(id);
        return id;
    }

    public static String articleSlug(String id) {
        return given().get(ARTICLES + "/" + id).then().statusCode(200).extract().path("slug");
    }

    /** The fields of an item about to be created, and the path it is posted to. */
    public static class Draft extends Body<Draft> {
        Draft(String path) {
            super(path);
        }
    }

    /**
     * The body of an item to create. {@code with} sets a field (null removes it); {@link #body()}
     * is the live map, for a test that posts it itself (to see it refused, say).
     */
    public abstract static class Body<D extends Body<D>> {

        private final String path;
        private final Map<String, Object> body = new LinkedHashMap<>();

        Body(String path) {
            this.path = path;
        }

        @SuppressWarnings("unchecked")
        public D with(String field, Object value) {
            if (value == null) {
                body.remove(field);
            } else {
                body.put(field, value);
            }
            return (D) this;
        }

        public Map<String, Object> body() {
            return body;
        }

        public Created create() {
            ExtractableResponse<Response> answer = given().contentType(ContentType.JSON).body(body).post(path)
                    .then().log().ifValidationFails().statusCode(201).extract();
            return new Created(answer.path("id"), answer.path("slug"));
        }

        public String id() {
            return create().id();
        }

        public String slug() {
            return create().slug();
        }
    }

    public static final class ParticipantDraft extends Body<ParticipantDraft> {

        private final List<Map<String, Object>> positions = new ArrayList<>();

        ParticipantDraft() {
            super("/admin/v1/participants");
            with("positions", positions);
        }

        /** A current position (since 2020) at an organization, by id or slug. */
        public ParticipantDraft at(String organization, String title) {
            positions.add(Map.of("organization", organization, "title", title, "from", "2020-01-01"));
            return this;
        }
    }

    public static final class MeetingDraft extends Body<MeetingDraft> {

        private final List<Map<String, Object>> organizations = new ArrayList<>();

        MeetingDraft() {
            super("/admin/v1/meetings");
        }

        /** The host organization (id or slug), which is also the first of the meeting's organizations. */
        public MeetingDraft hostedBy(String organization) {
            organizations.add(Map.of("organization", organization, "role", "host"));
            return with("hostOrganization", organization).with("organizations", organizations);
        }

        /** A visiting organization, when there is one (null: none). */
        public MeetingDraft visitedBy(String organization) {
            if (organization != null) {
                organizations.add(Map.of("organization", organization, "role", "visiting"));
                with("organizations", organizations);
            }
            return this;
        }

        /** A participant who led the visiting delegation, when there is one (null: none). */
        public MeetingDraft attendedBy(String participant) {
            return participant == null ? this
                    : with("attendees", List.of(Map.of("participant", participant, "role", "led_delegation", "title", "党工委副书记、管委会主任")));
        }
    }

    public static final class ArticleDraft extends Body<ArticleDraft> {

        ArticleDraft() {
            super(ARTICLES);
        }

        /** An HTML body instead of the Markdown one. */
        public ArticleDraft html(String html) {
            return with("bodyFormat", "html").with("body", html);
        }

        /** A news report by an organization (id or slug): its source, with a byline and a summary. */
        public ArticleDraft reportedBy(String organization) {
            return with("sourceOrganization", organization).with("organizations", List.of(organization))
                    .with("summary", body().get("title") + "的摘要").with("byline", "记者 测试");
        }

        /** Created, then published. */
        public Created published() {
            Created created = create();
            publish(created.id());
            return created;
        }

        /** Created, published, then taken down. */
        public Created archived() {
            Created created = published();
            given().post(ARTICLES + "/" + created.id() + "/unpublish").then().statusCode(200);
            return created;
        }

        /** Created and scheduled for 2099, so that it stays scheduled. */
        public Created scheduled() {
            Created created = create();
            given().contentType(ContentType.JSON).body(Map.of("publishAt", "2099-01-01T00:00:00+08:00"))
                    .post(ARTICLES + "/" + created.id() + "/schedule").then().statusCode(200);
            return created;
        }

        /** Created in the given status: draft, scheduled, published or archived. */
        public Created in(String status) {
            return switch (status) {
                case "published" -> published();
                case "archived" -> archived();
                case "scheduled" -> scheduled();
                default -> create();
            };
        }
    }
}
