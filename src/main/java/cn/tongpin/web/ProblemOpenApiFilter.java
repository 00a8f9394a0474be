package cn.tongpin.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every error status an operation declares as an RFC 9457 problem, so that resources
 * only state which statuses they answer and why; first adds what the document says by rule
 * ({@link OpenApiContract}).
 */
public class ProblemOpenApiFilter implements OASFilter {

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        return response;
    }

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        OpenApiContract.apply(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                if ((entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) && entry.getValue().getRef() == null) {
                    entry.getValue().setContent(problemContent());
                }
            }
        }));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
