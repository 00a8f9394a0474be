package cn.tongpin.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem answers with the request id and path filled in. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(int status, String code, String title, String detail, String path, List<FieldError> errors) {
        return new Problem("/problems/" + code.replace('_', '-'), title, status, code, detail, path,
                RequestIds.current(), errors);
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
