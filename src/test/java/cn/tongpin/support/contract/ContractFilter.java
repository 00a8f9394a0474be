package cn.tongpin.support.contract;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract gate: every answer a test receives through REST Assured is held to
 * openapi/openapi.json ({@link ResponseContract}); what differs is written to
 * target/contract-violations.txt and fails the request with an AssertionError naming each
 * difference. With {@code -Dtongpin.contract.report-only=true} the differences are only written,
 * to see them all in one run.
 *
 * <p>Installed for every test by {@link ContractExtension}; requests that drop the global filters
 * ({@code given().noFilters()}) get it back through {@code TestKeys}.
 */
public final class ContractFilter implements Filter {

    public static final ContractFilter INSTANCE = new ContractFilter();
    private static final boolean REPORT_ONLY = Boolean.getBoolean("tongpin.contract.report-only");
    private static volatile String currentTest = "?";
    private static volatile ResponseContract contract;

    private ContractFilter() {
    }

    /** Installs the gate once for this class loader's REST Assured, and names the test now running. */
    public static void install(String testName) {
        currentTest = testName;
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext ctx) {
        Response response = ctx.next(request, expected);
        List<Violation> violations = contract().check(answer(request, response));
        if (!violations.isEmpty()) {
            String test = currentTest;
            violations.forEach(violation -> ContractViolations.record(violation, test));
            if (!REPORT_ONLY) {
                StringBuilder message = new StringBuilder("The answer differs from openapi/openapi.json (fix the service or "
                        + "the document; all are listed in target/contract-violations.txt):");
                violations.forEach(violation -> message.append("\n  ").append(violation.line()));
                throw new AssertionError(message);
            }
        }
        return response;
    }

    private static ResponseContract.Answer answer(FilterableRequestSpecification request, Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        byte[] body = response.asByteArray();
        return new ResponseContract.Answer(request.getMethod(), path(request.getURI()), response.getStatusCode(),
                response.getContentType(), headers, body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    /** The request's path below the server's base path (the document's server has none). */
    private static String path(String uri) {
        String path;
        try {
            path = URI.create(uri).getRawPath();
        } catch (IllegalArgumentException unparsable) { // a deliberately hostile URI: cut at the query by hand
            String rest = uri.replaceFirst("^[a-z]+://[^/]*", "");
            path = rest.split("[?#]", 2)[0];
        }
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static ResponseContract contract() {
        if (contract == null) {
            synchronized (ContractFilter.class) {
                if (contract == null) {
                    contract = new ResponseContract(ContractDocument.load(Path.of("openapi", "openapi.json")));
                }
            }
        }
        return contract;
    }
}
