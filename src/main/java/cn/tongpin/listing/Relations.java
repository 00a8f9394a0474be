package cn.tongpin.listing;

import jakarta.ws.rs.QueryParam;

/**
 * The relation filters several lists share: a topic, an organization, a participant, each by id or
 * slug. Declared once here; what each filter means differs per list (an article is from or mentions
 * an organization, a meeting is hosted by it or has it take part), so the OpenAPI document takes
 * each list's wording from {@code web.QueryParameterTexts}. The list that reads them decides how
 * they narrow it.
 */
public class Relations {

    @QueryParam("topic")
    public String topic;

    @QueryParam("organization")
    public String organization;

    @QueryParam("participant")
    public String participant;
}
