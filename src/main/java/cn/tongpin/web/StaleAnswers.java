package cn.tongpin.web;

import jakarta.ws.rs.core.Response;

/**
 * Answers kept from before for a request that the database cannot serve now (stale-if-error): the
 * problem mapper asks before it answers 503. A feature that keeps answers (the delivery API's cache)
 * offers them; the answer says that it is stale.
 */
public interface StaleAnswers {

    /** The kept answer to the request being handled, or null when there is none. */
    Response forCurrentRequest();
}
