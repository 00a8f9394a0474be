package cn.tongpin.editing;

import cn.tongpin.web.AdminApi;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the operations {@link ItemEndpoints} and {@link ManagementResource} write once read as each
 * type's own: the type's name in place of {@code {item}}, {@code {an item}} and {@code {items}}, what its
 * {@link ItemDocs} say, the answer of a create (the schema the item's GET answers, which the
 * inherited method cannot name), the body of a merge patch (the PUT body's schema, whose fields it
 * changes), and the statuses that follow from what an operation is (see {@link #statuses}), so that
 * no method states them again. Runs at build time, where the class index is at hand.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ManagementDocument implements OASFilter {

    private static final DotName ITEM_DOCS = DotName.createSimple(ItemDocs.class);
    private static final DotName PATH = DotName.createSimple(jakarta.ws.rs.Path.class);
    private static final DotName ROLES_ALLOWED = DotName.createSimple(RolesAllowed.class);
    /** The inherited methods, by the HTTP method they answer. */
    private static final Map<String, String> INHERITED = Map.of("GET", "get", "POST", "create", "PUT", "replace",
            "PATCH", "patch", "DELETE", "delete");

    /** The {@link ItemDocs} of each resource, by its path. */
    private final Map<String, AnnotationInstance> docs = new HashMap<>();

    /** The roles an override of an inherited method allows, by the resource's path and HTTP method. */
    private final Map<String, List<String>> roles = new HashMap<>();

    public ManagementDocument(IndexView index) {
        if (index == null) {
            return;
        }
        for (AnnotationInstance annotation : index.getAnnotations(ITEM_DOCS)) {
            ClassInfo resource = annotation.target().asClass();
            AnnotationInstance path = resource.declaredAnnotation(PATH);
            if (path != null) {
                docs.put(path.value().asString(), annotation);
            }
        }
        // An override that only narrows the roles (organizations: admins write) is not read by the scanner.
        for (AnnotationInstance allowed : index.getAnnotations(ROLES_ALLOWED)) {
            if (allowed.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = allowed.target().asMethod();
            AnnotationInstance path = method.declaringClass().declaredAnnotation(PATH);
            String verb = INHERITED.entrySet().stream().filter(e -> e.getValue().equals(method.name()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (path != null && verb != null && method.annotations().stream().noneMatch(a -> a.name().toString().startsWith("jakarta.ws.rs."))) {
                roles.put(path.value().asString() + " " + verb, List.of(allowed.value().asStringArray()));
            }
        }
    }

    /** What the scanner adds after the statuses an operation states: for the roles, and for a body. */
    private static final Map<String, String> SCANNER_ADDED = Map.of("400", "Bad Request", "401", "Not Authorized",
            "403", "Not Allowed");
    private static final String ROLES = "Needs a key with the role";
    /** The summary the scanner makes from the name of a method {@code list} that states none. */
    private static final String SCANNER_LIST_SUMMARY = "List";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(AdminApi.ROOT + "/")) {
                return;
            }
            String collection = path.substring(AdminApi.ROOT.length() + 1).split("/")[0];
            AnnotationInstance own = docs.get(AdminApi.ROOT + "/" + collection);
            String named = own == null || own.value("item") == null ? "" : own.value("item").asString();
            String name = named.isEmpty() ? collection.replaceFirst("s$", "") : named;
            String an = ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
            if (path.endsWith("/{idOrSlug}")) {
                itemSchemas(api, path, item);
            }
            item.getOperations().forEach((method, operation) -> {
                if (own != null && method == PathItem.HttpMethod.GET && path.equals(AdminApi.ROOT + "/" + collection)) {
                    list(operation);
                }
                statuses(api, path, method, operation, own != null);
                if (own != null && isInherited(path, collection, method.name())) {
                    own(operation, method.name(), own);
                }
                List<String> narrowed = roles.get(AdminApi.ROOT + "/" + collection + " " + method.name());
                if (narrowed != null && isInherited(path, collection, method.name())) {
                    roles(operation, narrowed);
                }
                words(operation, name, an);
            });
        });
    }

    /** The create of {@link ManagementResource} and the item operations of {@link ItemEndpoints}; not the list. */
    private static boolean isInherited(String path, String collection, String method) {
        String base = AdminApi.ROOT + "/" + collection;
        return method.equals("POST") ? path.equals(base) : path.equals(base + "/{idOrSlug}");
    }

    /**
     * An editable type's list says what it is the same way for every type ("List {items}", "A page of
     * {items}"); its method states only what is its own (its filters and sorts).
     */
    private static void list(Operation operation) {
        if (operation.getSummary() == null || operation.getSummary().equals(SCANNER_LIST_SUMMARY)) {
            operation.setSummary("List {items}");
        }
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok != null && "OK".equals(ok.getDescription())) {
            ok.setDescription("A page of {items}");
        }
    }

    /** Applies the resource's own words to one of its inherited operations. */
    private static void own(Operation operation, String method, AnnotationInstance docs) {
        if (docs.value() == null) {
            return;
        }
        for (AnnotationInstance doc : docs.value().asNestedArray()) {
            if (!doc.value("on").asString().equals(method)) {
                continue;
            }
            if (doc.value("summary") != null) {
                operation.setSummary(doc.value("summary").asString());
            }
            if (doc.value("description") != null) {
                operation.setDescription(withRoles(doc.value("description").asString(), operation.getDescription()));
            }
            if (doc.value("statuses") != null) {
                for (AnnotationInstance status : doc.value("statuses").asNestedArray()) {
                    String code = status.value("code").asString();
                    APIResponse response = OASFactory.createAPIResponse().description(status.value("description").asString());
                    if (code.startsWith("4")) {
                        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                    }
                    operation.getResponses().addAPIResponse(code, response);
                }
            }
        }
    }

    /**
     * States the roles an override allows, whether the rule that turns security requirements into
     * {@code x-roles} and "Needs a key with the role ..." ran before this filter or runs after it.
     */
    private static void roles(Operation operation, List<String> allowed) {
        if (operation.getSecurity() != null) {
            List<SecurityRequirement> narrowed = new ArrayList<>();
            for (SecurityRequirement requirement : operation.getSecurity()) {
                SecurityRequirement copy = OASFactory.createSecurityRequirement();
                requirement.getSchemes().forEach((scheme, scopes) -> copy.addScheme(scheme,
                        scopes == null || scopes.isEmpty() ? scopes : allowed));
                narrowed.add(copy);
            }
            operation.setSecurity(narrowed);
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey("x-roles")) {
            operation.addExtension("x-roles", allowed);
            String description = operation.getDescription();
            int at = description == null ? -1 : description.indexOf(ROLES);
            if (at >= 0) {
                operation.setDescription(description.substring(0, at) + ROLES + " " + String.join(" or ", allowed) + ".");
            }
        }
    }

    /** A description of our own keeps the roles the document states in it ("Needs a key with the role ..."). */
    private static String withRoles(String description, String current) {
        int roles = current == null ? -1 : current.indexOf(ROLES);
        return roles < 0 ? description : description + "\n\n" + current.substring(roles);
    }

    private static void words(Operation operation, String name, String an) {
        operation.setSummary(fill(operation.getSummary(), name, an));
        operation.setDescription(fill(operation.getDescription(), name, an));
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                response.setDescription(fill(response.getDescription(), name, an));
            }
        }
    }

    /**
     * The statuses an operation answers because of what it is, said here once rather than on each
     * method (a status the method states itself stays as it is): a list of the management API refuses
     * unknown parameters; and for the editable types ({@link ItemDocs}), whatever is under an item's
     * path answers 404 when there is no such item, If-Match is refused when stale (412) and on a
     * replace or merge patch when missing (428), a body can be invalid (400) and, when it has a slug,
     * the slug can be taken (409).
     */
    private static void statuses(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation, boolean editable) {
        if (operation.getResponses() == null) {
            return;
        }
        if (method == PathItem.HttpMethod.GET && !path.contains("{") && answersPage(operation)) {
            declare(operation, "400", "Unknown or malformed parameter");
        }
        if (!editable) {
            return;
        }
        if (path.contains("/{idOrSlug}")) {
            declare(operation, "404", "No such {item}");
        }
        if (hasHeader(operation, "If-Match")) {
            declare(operation, "412", "If-Match does not match the current version");
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
                declare(operation, "428", "If-Match missing");
            }
        }
        Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        if (body == null || body.getMediaTypes() == null) {
            return;
        }
        MediaType patch = body.getMediaType(MergePatch.MEDIA_TYPE);
        MediaType json = body.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (patch == null && json == null) {
            return;
        }
        declare(operation, "400", patch != null ? "Invalid patch" : "Invalid body");
        Schema schema = patch != null ? patch.getSchema() : json.getSchema();
        Schema resolved = schema == null || schema.getRef() == null || api.getComponents() == null ? null
                : api.getComponents().getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        if (resolved != null && resolved.getProperties() != null && resolved.getProperties().containsKey("slug")) {
            declare(operation, "409", "Slug already used");
        }
    }

    /** Whether the operation answers a page of items (a {@code ListResponse}). */
    private static boolean answersPage(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        Schema schema = ok == null ? null : schemaOf(ok.getContent());
        return schema != null && schema.getRef() != null && schema.getRef().startsWith("#/components/schemas/ListResponse");
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * Adds a status the operation does not state itself among those it states, in the order of their
     * codes: before what the scanner adds after them (401 and 403 for the roles, a plain 400 for a body).
     */
    private static void declare(Operation operation, String code, String description) {
        APIResponses responses = operation.getResponses();
        APIResponse stated = responses.getAPIResponse(code);
        if (stated != null && !isScanners(code, stated)) {
            return;
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, APIResponse> entry : new ArrayList<>(responses.getAPIResponses().entrySet())) {
            responses.removeAPIResponse(entry.getKey());
            if (!ordered.containsKey(code) && (entry.getKey().compareTo(code) > 0 || isScanners(entry.getKey(), entry.getValue()))) {
                ordered.put(code, OASFactory.createAPIResponse().description(description));
            }
            if (!entry.getKey().equals(code)) {
                ordered.put(entry.getKey(), entry.getValue());
            }
        }
        ordered.putIfAbsent(code, OASFactory.createAPIResponse().description(description));
        ordered.forEach(responses::addAPIResponse);
    }

    /** Whether a response is one the scanner adds by itself, with its plain words. */
    private static boolean isScanners(String code, APIResponse response) {
        return SCANNER_ADDED.get(code) != null && SCANNER_ADDED.get(code).equals(response.getDescription());
    }

    private static String fill(String text, String name, String an) {
        return text == null ? null : text.replace("{an item}", an).replace("{items}", name + "s").replace("{item}", name);
    }

    /** The create answers what the item's GET does; the merge patch takes the PUT body's fields, all optional. */
    private static void itemSchemas(OpenAPI api, String itemPath, PathItem item) {
        Schema view = schemaOf(item.getGET() == null || item.getGET().getResponses() == null ? null
                : item.getGET().getResponses().getAPIResponse("200") == null ? null
                : item.getGET().getResponses().getAPIResponse("200").getContent());
        PathItem collection = api.getPaths().getPathItem(itemPath.substring(0, itemPath.length() - "/{idOrSlug}".length()));
        if (view != null && collection != null && collection.getPOST() != null) {
            APIResponse created = collection.getPOST().getResponses().getAPIResponse("201");
            if (created != null && created.getContent() == null) {
                created.setContent(json(view));
            }
        }
        Operation put = item.getPUT();
        Operation patch = item.getPATCH();
        if (put == null || patch == null || put.getRequestBody() == null || schemaOf(put.getRequestBody().getContent()) == null) {
            return;
        }
        Schema input = schemaOf(put.getRequestBody().getContent());
        patch.setRequestBody(OASFactory.createRequestBody().description("The fields to change; null removes a field").required(true)
                .content(OASFactory.createContent().addMediaType(MergePatch.MEDIA_TYPE, OASFactory.createMediaType().schema(input))));
    }

    private static Schema schemaOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        MediaType json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        return json == null ? null : json.getSchema();
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                OASFactory.createMediaType().schema(schema));
    }
}
