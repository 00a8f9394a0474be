package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
        if (e instanceof StrictJson.RuleBroken broken) {
            String field = JsonPaths.of(broken);
            return invalid(path, "Field '" + field + "' is not valid: " + broken.rule(), new FieldError(field, broken.rule()));
        }
        if (e instanceof MismatchedInputException trailing && JsonPaths.isTrailing(trailing)) {
            return malformed(path, "The body must be exactly one JSON document, with nothing after it", e);
        }
        if (e instanceof StreamReadException read && JsonPaths.isDuplicate(read)) {
            String field = JsonPaths.atParser(read);
            return ProblemResponses.response(400, "validation", "Request is not valid", "Field '" + field + "' is given more than once",
                    path, List.of(new FieldError(field, "is given more than once")));
        }
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
        return malformed(path, "The body is not valid JSON", e);
    }

    private static Response malformed(String path, String detail, JsonProcessingException e) {
        return ProblemResponses.response(400, "malformed_json", "Body is not valid JSON", detail + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), path, null);
    }

    private static Response invalid(String path, String detail, FieldError error) {
        return ProblemResponses.response(400, "validation", "Request is not valid", detail, path, List.of(error));
    }
}
