package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one writer of problem answers, for every layer: the resources and exception mappers (JAX-RS,
 * through {@link ProblemResponses}), and the route handlers that answer before any resource runs
 * (the HTTP edge, authentication, CORS, rate limits). Every problem gets the same body, media type
 * and {@code Cache-Control: no-store}, whoever wrote it.
 */
@ApplicationScoped
public class ProblemWriter {

    static final String NO_STORE = "no-store";

    @Inject
    ObjectMapper json;

    /** The body of a problem; its type is derived from its code, as the API documents it. */
    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors,
            String requestId) {
        return new Problem("/problems/" + code.replace('_', '-'), title, status, code, detail, path, requestId, errors);
    }

    public static Problem problem(ProblemText text, String path, List<FieldError> errors, String requestId) {
        return problem(text.status(), text.code(), text.title(), text.detail(), path, errors, requestId);
    }

    /** As a JAX-RS answer (its body is written by the JSON provider). */
    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL.toString(), NO_STORE)
                .entity(problem);
    }

    /** A known problem as a JAX-RS answer, with its challenge when it is a 401. */
    public static Response response(KnownProblem known, String path) {
        Response.ResponseBuilder response = response(problem(known.text(), path, null, RequestIds.current()));
        if (known == KnownProblem.UNAUTHORIZED) {
            response.header("WWW-Authenticate", KnownProblem.CHALLENGE);
        }
        return response.build();
    }

    /** Answers the request on the route with a known problem; nothing happens if it is answered already. */
    public void write(RoutingContext ctx, KnownProblem known) {
        if (known == KnownProblem.UNAUTHORIZED) {
            ctx.response().putHeader("WWW-Authenticate", KnownProblem.CHALLENGE);
        }
        write(ctx, problem(known.text(), ctx.request().path(), null, ctx.get(RequestIds.MDC_KEY)));
    }

    public void write(RoutingContext ctx, int status, String code, String title, String detail) {
        write(ctx, problem(status, code, title, detail, ctx.request().path(), null, ctx.get(RequestIds.MDC_KEY)));
    }

    /** Answers the request on the route; nothing happens if it is answered already. */
    public void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .end(body(problem));
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":" + problem.status() + "}";
        }
    }
}
