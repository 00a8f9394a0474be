package cn.tongpin.support;

import cn.tongpin.support.contract.ContractFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tests act as admin unless they say otherwise: every REST Assured request without an Authorization
 * header gets the test profile's bootstrap admin key. {@link #anonymous()} sends no key at all.
 */
public final class TestKeys {

    /** The key of {@code %test.tongpin.security.bootstrap-admin-key}; valid in the test profile only. */
    public static final String ADMIN = "tp_test_TestAdminKeyOnlyForTheTestProfile00000000000";

    private TestKeys() {
    }

    /** Installs the default key; safe to call before every test. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(DefaultAdminKey.class::isInstance)) {
            RestAssured.filters(new DefaultAdminKey());
        }
    }

    /** A request without any key (and without the other global filters but the contract gate). */
    public static RequestSpecification anonymous() {
        return RestAssured.given().noFilters().filter(ContractFilter.INSTANCE);
    }

    /** A request with exactly this key in the Authorization header. */
    public static RequestSpecification as(String key) {
        return RestAssured.given().noFilters().filter(ContractFilter.INSTANCE).header("Authorization", "Bearer " + key);
    }

    static final class DefaultAdminKey implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext ctx) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + ADMIN);
            }
            return ctx.next(request, response);
        }
    }

    /** An address no other test uses, sent as X-Forwarded-For (trusted from 127.0.0.1 in the test profile). */
    public static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
