package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every error to an RFC 9457 problem; nothing else leaves the service as an error body. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<StaleAnswers> staleAnswers;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, uri.getPath());
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        return JsonErrors.toResponse(e, uri.getPath());
    }

    @ServerExceptionMapper
    public Response patch(MergePatch.PatchNotApplicable e, UriInfo uri) {
        return JsonErrors.toResponse(e.jsonError(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(Validation.fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(ProblemException.invalid(errors), uri.getPath());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.response(KnownProblem.UNAUTHORIZED, uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(KnownProblem.FORBIDDEN, uri.getPath());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && DatabaseUnavailable.causedBy(e)) {
            return unexpected(e, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internal(uri.getPath());
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return JsonErrors.toResponse(json, uri.getPath());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + Texts.abbreviate(uri.getPath(), 200);
            case 405 -> "This method is not allowed here" + allowed(e);
            case 406 -> "None of the accepted media types can be produced; accept application/json";
            case 415 -> "The body must be application/json";
            default -> title;
        };
        Response response = ProblemResponses.response(status, title.toLowerCase().replace(' ', '_'), title, detail,
                uri.getPath(), null);
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
        }
        return response;
    }

    /** Errors that arrive wrapped (e.g. at commit) are unwrapped to the cause we know how to answer. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            Response stale = staleAnswer();
            if (stale != null) {
                return stale;
            }
        }
        return answer(e, uri.getPath());
    }

    /** The answer to an error found outside a resource method too (a commit after it, in a filter). */
    public static Response answer(Throwable e, String path) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem, path);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                ProblemException mapped = DatabaseConstraints.toProblem(violation.getConstraintName());
                if (mapped != null) {
                    return ProblemResponses.of(mapped, path);
                }
            }
            if (MultipartBodies.unreadable(cause)) {
                return ProblemResponses.response(400, "malformed_multipart", "Body is not valid multipart",
                        "The multipart/form-data body could not be read: check the boundary and that every part ends",
                        path, null);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemResponses.response(412, "precondition_failed", "Changed by someone else",
                        "The resource was changed by another request at the same time; read it again and retry",
                        path, null);
            }
        }
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(ProblemResponses.response(KnownProblem.DATABASE_UNAVAILABLE, path))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected error", e);
        return internal(path);
    }

    /** A kept delivery answer for this request while the database is away (stale-if-error), or null. */
    private Response staleAnswer() {
        for (StaleAnswers answers : staleAnswers) {
            Response stale = answers.forCurrentRequest();
            if (stale != null) {
                return stale;
            }
        }
        return null;
    }

    private static String allowed(WebApplicationException e) {
        var methods = e.getResponse().getAllowedMethods();
        return methods == null || methods.isEmpty() ? "" : "; allowed: " + String.join(", ", methods);
    }

    private static Response internal(String path) {
        return ProblemResponses.response(500, "internal", "Internal error",
                "The request could not be completed; quote the request id when reporting it", path, null);
    }
}
