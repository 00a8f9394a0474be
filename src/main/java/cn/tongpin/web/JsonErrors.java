package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Answers a body Jackson could not read with a problem that names the field. */
final class JsonErrors {

    private JsonErrors() {
    }

    static Response toResponse(JsonProcessingException e, String path) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return invalid(path, "Unknown field '" + field + "'", new FieldError(field, "unknown field"));
        }
        if (e instanceof InvalidFormatException format) {
            String field = JsonPaths.of(format);
            return invalid(path, "Field '" + field + "' has a value of the wrong form",
                    new FieldError(field, "must be " + JsonPaths.describe(format.getTargetType())));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = JsonPaths.of(mismatch);
            if (field.isEmpty()) {
                return invalid(path, "The body must be a JSON object", new FieldError("$", "must be a JSON object"));
            }
            return invalid(path, "Field '" + field + "' has a value of the wrong type",
                    new FieldError(field, "must be " + JsonPaths.describe(mismatch.getTargetType())));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonPaths.of(mapping);
            return invalid(path, "Field '" + (field.isEmpty() ? "$" : field) + "' is not valid",
                    new FieldError(field.isEmpty() ? "$" : field, "is not valid"));
        }
        return ProblemResponses.response(400, "malformed_json", "Body is not valid JSON",
                "The body is not valid JSON" + (e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"),
                path, null);
    }

    private static Response invalid(String path, String detail, FieldError error) {
        return ProblemResponses.response(400, "validation", "Request is not valid", detail, path, List.of(error));
    }
}
