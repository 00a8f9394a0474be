package cn.tongpin.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the path and header parameters that recur across the API mean, as the OpenAPI document words
 * them: each means the same wherever it appears, so it is described once, here, rather than on each
 * of the dozens of methods that take it. Only a parameter its declaration leaves undescribed is
 * filled in; a declaration with its own {@code @Parameter} always wins. Relation filters, whose
 * meaning depends on the list, are {@link QueryParameterTexts}.
 */
final class ParameterTexts {

    private static final Map<Parameter.In, Map<String, String>> TEXTS = Map.of(
            Parameter.In.PATH, Map.of(
                    "idOrSlug", "The item's id (UUID) or its slug",
                    "id", "The id (UUID) the API gave it",
                    "assetId", "The image's id (UUID)",
                    "client", "The API client's id (UUID) or slug",
                    "keyId", "The key's id (UUID)",
                    "deliveryId", "The delivery's id (UUID)",
                    "number", "The revision's number, from 1",
                    "page", "The sitemap's number, from 1, as the sitemap index lists it"),
            Parameter.In.HEADER, Map.of(
                    "If-Match", "The ETag of the version the change is based on, from a read or an earlier write; 412 "
                            + "when the item changed since; required (428 without it) where the operation lists 428",
                    "If-None-Match", "The ETag of the answer held; 304 while it is still current",
                    "If-Modified-Since", "The Last-Modified of the answer held (HTTP date); 304 when nothing changed since",
                    "Accept-Language", "Chooses the script when `locale` is not sent: the first Chinese language by quality, "
                            + "Traditional for zh-Hant, zh-TW, zh-HK and zh-MO, Simplified otherwise and by default",
                    "Idempotency-Key", "Makes a retried POST return the first result",
                    "Range", "One byte range of the image (`bytes=first-last`, `bytes=first-` or `bytes=-length`); 206 with "
                            + "that part, 416 when it lies outside",
                    "If-Range", "An ETag or date from an earlier answer: the Range applies only while the image is unchanged, "
                            + "else the whole image comes",
                    "Origin", "Sent by browsers: a registered client's origin gets that client's CORS answer, any other `*`"));

    private ParameterTexts() {
    }

    /** Describes the undescribed recurring path and header parameters of every operation. */
    static void apply(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                String text = TEXTS.getOrDefault(parameter.getIn(), Map.of()).get(parameter.getName());
                if (parameter.getDescription() == null && text != null) {
                    parameter.setDescription(text);
                }
            }
        }));
    }
}
