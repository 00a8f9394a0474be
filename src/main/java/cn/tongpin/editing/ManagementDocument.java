package cn.tongpin.editing;

import cn.tongpin.web.AdminApi;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the operations {@link ItemEndpoints} and {@link ManagementResource} write once read as each
 * type's own: the type's name in place of {@code {item}} and {@code {an item}}, what its
 * {@link ItemDocs} say, the answer of a create (the schema the item's GET answers, which the
 * inherited method cannot name), the body of a merge patch (the PUT body's schema, whose fields it
 * changes) and no "Slug already used" where the body has no slug. Runs at build time, where the
 * class index is at hand.
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

    private static final String SLUG_USED = "Slug already used";
    private static final String ROLES = "Needs a key with the role";

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
                if (own != null && isInherited(path, collection, method.name())) {
                    own(operation, method.name(), own);
                }
                List<String> narrowed = roles.get(AdminApi.ROOT + "/" + collection + " " + method.name());
                if (narrowed != null && isInherited(path, collection, method.name())) {
                    roles(operation, narrowed);
                }
                words(operation, name, an);
                slugConflict(api, operation);
            });
        });
    }

    /** The create of {@link ManagementResource} and the item operations of {@link ItemEndpoints}; not the list. */
    private static boolean isInherited(String path, String collection, String method) {
        String base = AdminApi.ROOT + "/" + collection;
        return method.equals("POST") ? path.equals(base) : path.equals(base + "/{idOrSlug}");
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

    /** A body without a slug cannot collide with another item's: such a write never answers "Slug already used". */
    private static void slugConflict(OpenAPI api, Operation operation) {
        APIResponse conflict = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("409");
        if (conflict == null || !SLUG_USED.equals(conflict.getDescription()) || operation.getRequestBody() == null) {
            return;
        }
        Schema body = schemaOf(operation.getRequestBody().getContent());
        if (body == null && operation.getRequestBody().getContent() != null) {
            body = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE) == null ? null
                    : operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE).getSchema();
        }
        Schema resolved = body == null || body.getRef() == null || api.getComponents() == null ? null
                : api.getComponents().getSchemas().get(body.getRef().substring(body.getRef().lastIndexOf('/') + 1));
        if (resolved != null && resolved.getProperties() != null && !resolved.getProperties().containsKey("slug")) {
            operation.getResponses().removeAPIResponse("409");
        }
    }

    private static String fill(String text, String name, String an) {
        return text == null ? null : text.replace("{an item}", an).replace("{item}", name);
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
