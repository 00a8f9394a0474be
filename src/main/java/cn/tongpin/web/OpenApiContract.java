package cn.tongpin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the OpenAPI document says by rule rather than per operation, written once here: readable
 * operation ids, the servers, who needs a key (and the 401, 403 and 429 that follow, with their
 * headers), the statuses every operation of a kind can answer (400, 404, 412, 428, 415, 503) and the
 * response headers clients use (ETag, Last-Modified, Link, Location, Idempotent-Replayed, RateLimit-*).
 */
final class OpenApiContract {

    static final String DELIVERY = "/content/v1";
    static final String EMBED = "/embed/v1";
    /** Read without a key even where keys are required (see tongpin.security.delivery.open-paths). */
    static final List<String> OPEN = List.of("/content/v1/assets/", "/embed/v1/stories.js", "/sitemap");
    static final String CONTENT_KEY = "contentKey";
    static final String API_KEY = "apiKey";

    /**
     * Operation ids the naming rule of {@link #operationId} does not give (an {@code @Operation(operationId)}
     * in the resource also wins over the rule).
     */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("GET /content/v1/articles/{idOrSlug}/wechat", "getWechatArticle"),
            Map.entry("GET /content/v1/articles/{idOrSlug}/miniprogram", "getMiniProgramArticle"),
            Map.entry("GET /content/v1/assets/{id}", "getAssetFile"),
            Map.entry("HEAD /content/v1/assets/{id}", "headAssetFile"),
            Map.entry("GET /content/v1/wechat-images/{assetId}", "getWechatImage"),
            Map.entry("GET /content/v1/feeds/{format}", "getFeed"),
            Map.entry("GET /content/v1/feeds/{kind}/{idOrSlug}/{format}", "getScopedFeed"),
            Map.entry("GET /content/v1/participants/{idOrSlug}/timeline", "getParticipantTimeline"),
            Map.entry("GET /content/v1/search", "searchContent"),
            Map.entry("GET /embed/v1/stories", "listEmbedStories"),
            Map.entry("GET /embed/v1/stories.js", "getEmbedScript"),
            Map.entry("GET /sitemap.xml", "getSitemapIndex"),
            Map.entry("GET /sitemap-{page}.xml", "getSitemapPage"),
            Map.entry("GET /admin/v1/audit", "listAuditEntries"),
            Map.entry("DELETE /admin/v1/clients/{client}/keys/{keyId}", "revokeClientKey"),
            Map.entry("POST /admin/v1/assets", "uploadAsset"));

    /** Verbs that end a path as an action on the item before them. */
    private static final Set<String> ACTIONS = Set.of("publish", "unpublish", "schedule", "restore", "rotate");

    private OpenApiContract() {
    }

    static void apply(OpenAPI api) {
        api.servers(List.of(OASFactory.createServer().url("http://localhost:8080")
                .description("A local instance (docker compose or ./mvnw quarkus:dev); production serves the same paths")));
        components(api);
        schemas(api);
        tags(api);
        managementViewsRequired(api);
        changesFailLikeCreation(api);
        QueryParameterTexts.apply(api);
        ParameterTexts.apply(api);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                operation.setOperationId(operationId(method.name(), path));
            }
            responses(path, method, operation);
        }));
    }

    /** Media types of the answers that are not JSON: images, the widget script. */
    private static final Map<String, List<String>> BINARY = Map.of(
            "/content/v1/assets/{id}", List.of("image/jpeg", "image/png", "image/webp", "image/gif"),
            "/content/v1/wechat-images/{assetId}", List.of("image/jpeg", "image/png"),
            "/embed/v1/stories.js", List.of("text/javascript"));

    /**
     * Schemas the scanner cannot write right: Jackson's JsonNode (described by its getters) where a
     * body is a JSON Merge Patch, the inline multipart form of the asset upload, the two kinds of
     * mini-program rich-text node (told apart by their required properties), and binary answers.
     */
    private static void schemas(OpenAPI api) {
        var components = api.getComponents();
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
        var schemas = components.getSchemas();
        schemas.values().forEach(OpenApiContract::nullableAlternatives);
        schemas.values().forEach(OpenApiContract::nullAmongAlternatives);
        Schema element = schemas.get("RichTextElement");
        if (element != null) {
            element.required(List.of("name"));
            schemas.get("RichTextText").required(List.of("type", "text"));
        }
        Schema block = schemas.get("MiniProgramBlock");
        if (block != null && block.getOneOf() != null) {
            // Each kind of block is told apart by its type, which every block has.
            block.getOneOf().forEach(kind -> schemas.get(kind.getRef().substring(kind.getRef().lastIndexOf('/') + 1))
                    .required(List.of("type")));
        }
        PathItem stories = api.getPaths().getPathItem(EMBED + "/stories");
        if (stories != null && schemas.containsKey("EmbedStory")) {
            stories.getGET().getResponses().getAPIResponse("200").content(OASFactory.createContent().addMediaType("application/json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .addProperty("data", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                    .items(OASFactory.createSchema().ref("EmbedStory")))
                            .required(List.of("data")))));
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                    Schema schema = media.getSchema();
                    if (schema != null && "#/components/schemas/JsonNode".equals(schema.getRef())) {
                        media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .description("JSON Merge Patch (RFC 7396): the fields to change, with their new values; "
                                        + "null removes a field"));
                    }
                    if (type.equals("multipart/form-data") && schema != null && schema.getRef() == null) {
                        components.addSchema("AssetUpload", schema.description("An image and its texts, as an HTML form sends them")
                                .required(List.of("file")));
                        media.setSchema(OASFactory.createSchema().ref("AssetUpload"));
                    }
                });
            }
            List<String> binary = BINARY.get(path);
            if (binary != null) {
                for (String code : List.of("200", "206")) {
                    APIResponse response = operation.getResponses().getAPIResponse(code);
                    if (response != null && method != PathItem.HttpMethod.HEAD) {
                        var content = OASFactory.createContent();
                        binary.forEach(type -> content.addMediaType(type, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .contentMediaType(type.startsWith("image/") ? type : null)
                                        .format(type.startsWith("image/") ? "binary" : null))));
                        response.setContent(content);
                    } else if (response != null) {
                        response.setContent(null);
                    }
                }
            }
        }));
    }

    /**
     * A nullable property with alternatives ({@code anyOf}: a reference or the full item) comes out of
     * the scanner as {@code type: [object, null]} beside the {@code anyOf}, which no null satisfies;
     * the null belongs among the alternatives.
     */
    private static void nullableAlternatives(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            List<Schema.SchemaType> types = property.getType();
            if (property.getAnyOf() == null || types == null) {
                return;
            }
            boolean hasNull = property.getAnyOf().stream()
                    .anyMatch(alternative -> alternative.getType() != null && alternative.getType().contains(Schema.SchemaType.NULL));
            if (types.contains(Schema.SchemaType.NULL) || hasNull) {
                property.setType(null);
                if (!hasNull) {
                    property.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
                }
            }
        });
    }

    /**
     * Properties of management answers the service leaves out when they have no value
     * ({@code @JsonInclude(NON_NULL)}); every other property of them is always written, null included.
     */
    private static final Map<String, Set<String>> LEFT_OUT_WHEN_EMPTY = Map.of(
            "ListMeta", Set.of("page", "total"),
            "ArticleRevision", Set.of("restoredFrom", "state"),
            "Key", Set.of("secret"),
            "Webhook", Set.of("secret"),
            "WebhookDelivery", Set.of("attemptLog"));

    /**
     * The management API answers with records that Jackson writes whole, null included: so every
     * property of the schemas its answers use is required (and those that can be null say so
     * themselves, {@code @Schema(nullable = true)}), and generated clients need no optional types
     * where there is always a value. Problems are left as they are: their fields come as they apply.
     */
    private static void managementViewsRequired(OpenAPI api) {
        var schemas = api.getComponents().getSchemas();
        Set<String> views = new java.util.TreeSet<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(AdminApi.ROOT + "/")) {
                item.getOperations().values().forEach(operation -> operation.getResponses().getAPIResponses().forEach(
                        (code, response) -> {
                            if (code.startsWith("2") && response.getContent() != null) {
                                response.getContent().getMediaTypes().values().forEach(media -> reachable(media.getSchema(),
                                        schemas, views));
                            }
                        }));
            }
        });
        views.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                List<String> required = new ArrayList<>(schema.getProperties().keySet());
                required.removeAll(LEFT_OUT_WHEN_EMPTY.getOrDefault(name, Set.of()));
                schema.setRequired(required);
            }
        });
    }

    /** The component schemas a schema uses, itself included, into {@code names}. */
    private static void reachable(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (schemas.containsKey(name) && names.add(name)) {
                reachable(schemas.get(name), schemas, names);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reachable(property, schemas, names));
        }
        reachable(schema.getItems(), schemas, names);
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> reachable(alternative, schemas, names));
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            reachable(schema.getAdditionalPropertiesSchema(), schemas, names);
        }
    }

    /** The same for a component that is itself the alternatives (OrganizationOrRef and the like). */
    private static void nullAmongAlternatives(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (schema.getAnyOf() != null && types != null && types.contains(Schema.SchemaType.NULL)) {
            schema.setType(null);
            if (schema.getAnyOf().stream().noneMatch(a -> a.getType() != null && a.getType().contains(Schema.SchemaType.NULL))) {
                schema.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            }
        }
    }

    /**
     * Replacing or updating an item checks its references and rules the way creating it does, so it
     * can fail the same way: the 422 a collection's POST declares holds for its items' PUT and PATCH.
     */
    private static void changesFailLikeCreation(OpenAPI api) {
        api.getPaths().getPathItems().forEach((path, item) -> {
            PathItem collection = api.getPaths().getPathItem(path.replaceFirst("/\\{[^}/]+}$", ""));
            if (!path.startsWith(AdminApi.ROOT + "/") || !path.endsWith("}") || collection == null || collection.getPOST() == null) {
                return;
            }
            APIResponse unprocessable = collection.getPOST().getResponses().getAPIResponse("422");
            for (Operation change : java.util.Arrays.asList(item.getPUT(), item.getPATCH())) {
                if (unprocessable != null && change != null && change.getResponses().getAPIResponse("422") == null) {
                    change.getResponses().addAPIResponse("422",
                            OASFactory.createAPIResponse().description(unprocessable.getDescription()));
                }
            }
        });
    }

    /** {@code listArticles}, {@code getArticle}, {@code publishArticle}, {@code listDeliveredArticles}, ... */
    static String operationId(String method, String path) {
        String named = NAMED.get(method + " " + path);
        if (named != null) {
            return named;
        }
        List<String> parts = new ArrayList<>(List.of(path.replaceFirst("^/(content|admin)/v1/", "").split("/")));
        String last = parts.get(parts.size() - 1);
        String verb;
        boolean plural = false;
        if (ACTIONS.contains(last)) {
            verb = last;
            parts.remove(parts.size() - 1);
        } else if (last.startsWith("{")) {
            verb = switch (method) {
                case "GET" -> "get";
                case "PUT" -> "replace";
                case "PATCH" -> "update";
                case "DELETE" -> "delete";
                default -> method.toLowerCase(Locale.ROOT);
            };
        } else {
            verb = method.equals("GET") ? "list" : method.equals("POST") ? "create" : method.toLowerCase(Locale.ROOT);
            plural = method.equals("GET");
        }
        StringBuilder id = new StringBuilder(verb);
        if (path.startsWith(DELIVERY + "/")) {
            id.append("Delivered");
        }
        List<String> nouns = parts.stream().filter(part -> !part.startsWith("{")).toList();
        for (int i = 0; i < nouns.size(); i++) {
            String noun = plural && i == nouns.size() - 1 ? nouns.get(i) : singular(nouns.get(i));
            id.append(capital(noun));
        }
        return id.toString();
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void components(OpenAPI api) {
        var components = api.getComponents();
        components.addSecurityScheme(CONTENT_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.QUERY).name("key")
                .description("A content key as ?key=, for readers that cannot set headers (an <img> or a WeChat web view). "
                        + "Only content keys are accepted this way."));
        header(components, "ETag", "The representation's version; send it back as If-None-Match (reads) or If-Match (writes).",
                string());
        header(components, "Last-Modified", "When the representation last changed (HTTP date); send it back as If-Modified-Since.",
                string());
        header(components, "Link", "RFC 8288 links: on lists `rel=\"next\"`, the next page (absent on the last one); "
                + "on channel articles `rel=\"canonical\"`; on feeds `rel=\"self\"` and `rel=\"hub\"` (WebSub).", string());
        header(components, "Location", "Where the created item is read.", string().format("uri-reference"));
        header(components, "Content-Language", "The script of the answer: zh-Hans or zh-Hant.", string());
        header(components, "Idempotent-Replayed", "`true` when this is the stored answer to an earlier request with the same "
                + "Idempotency-Key.", string().enumeration(List.of("true")));
        header(components, "WWW-Authenticate", "How to authenticate: `Bearer realm=\"tongpin\"`.", string());
        header(components, "Retry-After", "Seconds to wait before trying again.", integer());
        header(components, "RateLimit-Limit", "Requests allowed per minute for this caller.", integer());
        header(components, "RateLimit-Remaining", "Requests left in the current minute.", integer());
        header(components, "RateLimit-Reset", "Seconds until the allowance is full again.", integer());
        sharedResponses(components);
    }

    private static void header(org.eclipse.microprofile.openapi.models.Components components, String name, String description,
            Schema schema) {
        components.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static void tags(OpenAPI api) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Delivery API: websites, apps and partners read published content (a content key)", new ArrayList<>());
        groups.put("Channels: WeChat, mini-programs, feeds, the embed widget and the sitemap", new ArrayList<>());
        groups.put("Management API: editors and administrators write (an editor or admin key)", new ArrayList<>());
        var names = groups.keySet().toArray(String[]::new);
        if (api.getTags() == null) {
            return;
        }
        api.getTags().forEach(tag -> {
            String name = tag.getName();
            if (tag.getDescription() == null) {
                tag.setDescription(tagDescription(name));
            }
            String group = name.endsWith("(delivery)") ? names[0] : name.endsWith("(management)") ? names[2] : names[1];
            groups.get(group).add(name);
        });
        List<Map<String, Object>> tagGroups = new ArrayList<>();
        groups.forEach((name, tags) -> {
            Map<String, Object> group = new LinkedHashMap<>(); // a stable order, so the written document is too
            group.put("name", name);
            group.put("tags", tags);
            tagGroups.add(group);
        });
        api.addExtension("x-tagGroups", tagGroups);
    }

    private static String tagDescription(String name) {
        String thing = name.replaceFirst(" \\(.*\\)$", "");
        if (name.endsWith("(delivery)")) {
            return thing + ": published content as websites, apps and partners read it (delivery API, a content key).";
        }
        if (name.endsWith("(management)")) {
            return thing + ": as editors and administrators write it (management API, an editor or admin key).";
        }
        return switch (name) {
            case "Channels" -> "An article shaped for one channel: a WeChat Official Account draft, a mini-program page.";
            case "Feeds" -> "RSS 2.0, Atom and JSON Feed of the latest published articles, and the sitemap for search engines.";
            case "Embed widget" -> "The latest stories for partner pages: a script to embed and the JSON it reads.";
            default -> thing + ".";
        };
    }

    private static void responses(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean admin = path.startsWith(AdminApi.ROOT + "/");
        boolean open = OPEN.stream().anyMatch(path::startsWith);
        boolean delivery = !admin && !open && (path.startsWith(DELIVERY + "/") || path.startsWith(EMBED + "/"));
        if (delivery) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(API_KEY),
                    OASFactory.createSecurityRequirement().addScheme(CONTENT_KEY)));
        } else if (open) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement())); // no key needed
        } else if (admin && operation.getSecurity() != null) {
            roles(operation);
        }
        boolean keyed = admin || delivery;
        searched(operation);
        if (delivery && (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD) && !UNCACHED.contains(path)) {
            cachedRead(responses);
        }
        conditionalRead(method, operation);
        problem(responses, "400", "Unknown, repeated or malformed query parameter, or an invalid body");
        if (path.contains("{")) {
            problem(responses, "404", "Nothing at this path");
        }
        if (hasHeader(operation, "If-Match")) {
            problem(responses, "412", "If-Match does not match the current version");
            problem(responses, "428", "If-Match missing");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "415", "The body's media type is not one this operation reads");
            shared(responses, "413", "PayloadTooLarge");
        }
        if (keyed) {
            problem(responses, "401", "No key, or a key that is unknown, revoked or expired").addHeader("WWW-Authenticate",
                    ref("WWW-Authenticate"));
            problem(responses, "403", admin ? "This key may not do this (its role or its organizations)"
                    : "This key may not read the delivery API (not a content key, or not from this origin)");
        }
        if (open) {
            problem(responses, "401", "A key was sent, and it is unknown, revoked or expired (none is needed here)")
                    .addHeader("WWW-Authenticate", ref("WWW-Authenticate"));
        }
        // Answered by the HTTP layer before any operation, for any request that is too large in these ways.
        shared(responses, "414", "UriTooLong");
        shared(responses, "431", "HeadersTooLarge");
        APIResponse tooMany = problem(responses, "429", "Too many requests from this key or address; wait Retry-After seconds");
        tooMany.addHeader("Retry-After", ref("Retry-After"));
        shared(responses, "500", "InternalError");
        shared(responses, "503", "DatabaseUnavailable");
        // Every answer that went through the rate limiter tells where the caller stands, errors included.
        responses.getAPIResponses().values().stream().filter(response -> response.getRef() == null)
                .forEach(OpenApiContract::rateLimitHeaders);
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        if (read && !admin) {
            for (String code : List.of("200", "206", "304")) {
                APIResponse response = responses.getAPIResponse(code);
                if (response != null) {
                    response.addHeader("ETag", ref("ETag")).addHeader("Last-Modified", ref("Last-Modified"));
                }
            }
        }
        if (delivery && read) {
            for (String code : List.of("200", "304")) { // a 304 carries the headers the 200 would
                APIResponse response = responses.getAPIResponse(code);
                if (response != null) {
                    response.addHeader("Content-Language", ref("Content-Language")).addHeader("Link", ref("Link"));
                }
            }
        }
        if (admin) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null && method != PathItem.HttpMethod.GET || ok != null && path.endsWith("}")) {
                ok.addHeader("ETag", ref("ETag"));
            }
            APIResponse created = responses.getAPIResponse("201");
            if (created != null) {
                created.addHeader("Location", ref("Location")).addHeader("ETag", ref("ETag"));
                if (ok != null) { // the thing was there already (the same bytes, an idempotent replay): where it is
                    ok.addHeader("Location", ref("Location"));
                }
            }
            if (hasHeader(operation, "Idempotency-Key")) {
                for (String code : List.of("200", "201")) {
                    if (responses.getAPIResponse(code) != null) {
                        responses.getAPIResponse(code).addHeader("Idempotent-Replayed", ref("Idempotent-Replayed"));
                    }
                }
            }
        }
    }

    /**
     * The roles an operation needs, from its security requirement (where OpenAPI reserves scopes for
     * OAuth) into its description and {@code x-roles}.
     */
    private static void roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement without = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                roles.addAll(scopes == null ? List.of() : scopes);
                without.addScheme(scheme);
            });
            plain.add(without);
        }
        operation.setSecurity(plain);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Needs a key with the role " + String.join(" or ", roles) + ".");
        }
    }

    /** Delivery reads that are never answered from a cache (each sync answer depends on the moment it is asked). */
    private static final Set<String> UNCACHED = Set.of(DELIVERY + "/sync");

    /**
     * A delivery read is answered through the representation cache: a 304 when the ETag or date sent
     * still holds, and a 400 for a parameter it does not know or cannot read. Said here once, right
     * after the 200, unless the operation says them in its own words.
     */
    private static void cachedRead(APIResponses responses) {
        if (responses.getAPIResponses() == null || responses.getAPIResponse("200") == null) {
            return;
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((code, response) -> {
            ordered.put(code, response);
            if (code.equals("200")) {
                ordered.put("304", responses.getAPIResponse("304") != null ? responses.getAPIResponse("304")
                        : OASFactory.createAPIResponse().description(NOT_MODIFIED));
                ordered.put("400", responses.getAPIResponse("400") != null ? responses.getAPIResponse("400")
                        : OASFactory.createAPIResponse().description("Unknown or malformed parameter"));
            }
        });
        responses.setAPIResponses(ordered);
    }

    /**
     * A read that takes {@code q} (a searched list, the site search) also refuses a q it cannot
     * search; said here once, unless the operation says it in its own words.
     */
    private static void searched(Operation operation) {
        boolean q = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "q".equals(p.getName()));
        if (q) {
            problem(operation.getResponses(), "400", "Unknown or malformed parameter, or an empty or unusable q");
        }
    }

    private static final String NOT_MODIFIED = "Not modified since the ETag or date sent";

    /**
     * A read that takes If-None-Match (an image, the sitemap, a feed) answers 304 when it still
     * holds; said here once, after the 200 (and the 206 of a range), unless the operation says it.
     */
    private static void conditionalRead(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        if (!read || !hasHeader(operation, "If-None-Match") || responses.getAPIResponses() == null
                || responses.getAPIResponse("304") != null) {
            return;
        }
        String after = responses.getAPIResponse("206") != null ? "206" : "200";
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((code, response) -> {
            ordered.put(code, response);
            if (code.equals(after)) {
                ordered.put("304", OASFactory.createAPIResponse().description(NOT_MODIFIED));
            }
        });
        responses.setAPIResponses(ordered);
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static APIResponse rateLimitHeaders(APIResponse response) {
        return response.addHeader("RateLimit-Limit", ref("RateLimit-Limit"))
                .addHeader("RateLimit-Remaining", ref("RateLimit-Remaining"))
                .addHeader("RateLimit-Reset", ref("RateLimit-Reset"));
    }

    /**
     * Problems any operation can answer, the same everywhere, written once under components/responses
     * and referred to, so that the document says them once: a body too large (for operations that
     * read one), a URL or headers too large, an unexpected error, the database away.
     */
    private static void sharedResponses(org.eclipse.microprofile.openapi.models.Components components) {
        components.addResponse("PayloadTooLarge", rateLimitHeaders(sharedProblem("The body is larger than the service accepts")));
        components.addResponse("UriTooLong", rateLimitHeaders(sharedProblem("The URL is longer than the service reads")));
        components.addResponse("HeadersTooLarge", rateLimitHeaders(sharedProblem(
                "The request's headers are larger than the service reads")));
        components.addResponse("InternalError", rateLimitHeaders(sharedProblem(
                "An unexpected error; the problem's requestId finds it in the service's log")));
        components.addResponse("DatabaseUnavailable", rateLimitHeaders(sharedProblem(
                "The database cannot be reached; try again after Retry-After seconds")).addHeader("Retry-After", ref("Retry-After")));
    }

    private static APIResponse sharedProblem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** A reference to a shared response, added when the operation does not describe this status itself. */
    private static void shared(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    /** The response of this status, added when the operation does not describe it itself. */
    private static APIResponse problem(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
        return response;
    }
}
