package cn.tongpin.web;

import java.util.List;

/** Thrown anywhere to answer the request with a problem; mapped in {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemText text;
    private final transient List<FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.text = new ProblemText(status, code, title, detail);
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String idOrSlug) {
        return new ProblemException(404, "not_found", "Not found",
                "No " + what + " with id or slug '" + Texts.abbreviate(idOrSlug, 100) + "'", null);
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "validation", "Request is not valid", detail, errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid";
        return badRequest(detail, errors);
    }

    public static ProblemException badParameter(String parameter, String message) {
        return badRequest("Query parameter '" + parameter + "' is not valid: " + message,
                List.of(new FieldError(parameter, message)));
    }

    public static ProblemException unprocessable(String code, String detail, List<FieldError> errors) {
        return new ProblemException(422, code, "Request breaks a rule", detail, errors);
    }

    /** A field names a related item that does not exist. */
    public static ProblemException unknownReference(String field, String what) {
        return unprocessable("unknown_reference", "'" + field + "' names no existing " + what,
                List.of(new FieldError(field, "no " + what + " with this id or slug")));
    }

    /**
     * A value that must be unique among items of a type (a slug) is taken: {@code duplicate_<field>}.
     *
     * @param value the value as sent, or null when it is not known (the database refused it)
     */
    public static ProblemException duplicate(String field, String value) {
        String title = Character.toUpperCase(field.charAt(0)) + field.substring(1) + " already used";
        String subject = value == null ? "The " + field : "The " + field + " '" + value + "'";
        return new ProblemException(409, "duplicate_" + field, title, subject + " is already used by another item of this type",
                List.of(new FieldError(field, "is already used")));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, null);
    }

    public ProblemText text() {
        return text;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
