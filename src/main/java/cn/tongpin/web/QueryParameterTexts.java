package cn.tongpin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What each list's relation filters mean, as the OpenAPI document words them. The filters are
 * declared once (a bare {@code @QueryParam}, as in {@code listing.Relations}); the same name means a
 * different relation in each list, and clients read that precision, so the wording per list is data
 * here, keyed by the list (the last segment of its path, in the management API and in delivery).
 * Every such filter takes an id or a slug. Only a parameter its declaration leaves undescribed is
 * filled in, so a declaration with its own {@code @Parameter} always wins.
 */
final class QueryParameterTexts {

    private static final Map<String, Map<String, String>> RELATIONS = Map.of(
            "articles", Map.of(
                    "topic", "Only articles on this topic",
                    "organization", "Only articles from or mentioning this organization",
                    "participant", "Only articles mentioning this participant",
                    "meeting", "Only articles about this meeting"),
            "meetings", Map.of(
                    "topic", "Only meetings on this topic",
                    "organization", "Only meetings this organization hosted or took part in",
                    "participant", "Only meetings this participant attended"),
            "search", Map.of(
                    "topic", "Only hits on this topic",
                    "organization", "Only hits related to this organization"),
            "organizations", Map.of("parent", "Only the direct children of this organization"),
            "participants", Map.of("organization", "Only people who hold or held a position at this organization"));

    private QueryParameterTexts() {
    }

    /** Describes the undescribed relation filters of every list operation. */
    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().forEach((path, item) -> {
            Map<String, String> texts = RELATIONS.get(path.substring(path.lastIndexOf('/') + 1));
            Operation list = item.getGET();
            if (texts == null || list == null || list.getParameters() == null) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>(list.getParameters());
            parameters.replaceAll(parameter -> {
                String text = texts.get(parameter.getName());
                return parameter.getIn() != Parameter.In.QUERY || parameter.getDescription() != null || text == null ? parameter
                        : relation(parameter.getName(), text);
            });
            list.setParameters(parameters);
        });
    }

    /** Written anew, its members in the order of a declared {@code @Parameter}, so the document reads the same. */
    private static Parameter relation(String name, String text) {
        return OASFactory.createParameter().description(text + " (id or slug).").in(Parameter.In.QUERY).name(name)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
