package cn.tongpin.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem answers with the request id and path filled in. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors) {
        return problem(status, code, title, detail, path, errors, RequestIds.current());
    }

    /** For answers written where the log context may not be this request's (the HTTP layer, on an event loop). */
    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors,
            String requestId) {
        return new Problem("/problems/" + code.replace('_', '-'), title, status, code, detail, path, requestId, errors);
    }

    public static Response response(int status, String code, String title, String detail, String path, List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem(status, code, title, detail, path, errors))
                .build();
    }

    public static Response of(ProblemException e, String path) {
        return response(e.status(), e.code(), e.title(), e.getMessage(), path, e.errors());
    }
}
