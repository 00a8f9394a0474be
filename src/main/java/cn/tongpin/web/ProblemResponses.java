package cn.tongpin.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Problem answers of the resources and exception mappers, with the request id and path filled in ({@link ProblemWriter}). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors) {
        return problem(status, code, title, detail, path, errors, RequestIds.current());
    }

    /** For answers written where the log context may not be this request's (the HTTP layer, on an event loop). */
    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors,
            String requestId) {
        return ProblemWriter.problem(status, code, title, detail, path, errors, requestId);
    }

    public static Response response(int status, String code, String title, String detail, String path, List<FieldError> errors) {
        return ProblemWriter.response(problem(status, code, title, detail, path, errors)).build();
    }

    public static Response response(KnownProblem known, String path) {
        return ProblemWriter.response(known, path);
    }

    public static Response of(ProblemException e, String path) {
        return ProblemWriter.response(ProblemWriter.problem(e.text(), path, e.errors(), RequestIds.current())).build();
    }
}
