package cn.tongpin.web;

/**
 * The problems that more than one layer answers (the HTTP edge, the security filters, the exception
 * mappers), each with its one title and text, so a caller is told the same thing whichever layer
 * refused it.
 */
public enum KnownProblem {

    UNAUTHORIZED(401, "unauthorized", "Credentials required",
            "This request needs a valid key in 'Authorization: Bearer …' (content keys may also be sent as ?key=)"),
    FORBIDDEN(403, "forbidden", "Not allowed", "These credentials do not allow this request"),
    DATABASE_UNAVAILABLE(503, DatabaseUnavailable.CODE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL),
    SHUTTING_DOWN(503, "shutting_down", "Service unavailable", "This instance is shutting down; try again shortly"),
    /** The request target is no URI (a bad percent-encoding, bytes a URI cannot hold). */
    MALFORMED_REQUEST(400, "malformed_request", "Request target is not valid",
            "The path or query is not a valid URI: percent-encode every byte outside ASCII and every '%' as %25"),
    /** An HTTP/1.0 body without Content-Length, whose size cannot be held to the limit as it comes. */
    LENGTH_REQUIRED(411, "length_required", "Length required", "An HTTP/1.0 request with a body needs Content-Length");

    /** What a 401 asks for, with every layer's 401. */
    public static final String CHALLENGE = "Bearer realm=\"tongpin\"";

    private final ProblemText text;

    KnownProblem(int status, String code, String title, String detail) {
        this.text = new ProblemText(status, code, title, detail);
    }

    public ProblemText text() {
        return text;
    }
}
