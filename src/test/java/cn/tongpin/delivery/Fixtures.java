package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;

import cn.tongpin.support.Json;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Content written through the management API, with unique slugs so tests never share data. */
final class Fixtures {

    private Fixtures() {
    }

    static String organization(String name, String kind, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", Json.unique("org"), "name", name, "kind", kind));
        if (parent != null) {
            body.put("parent", parent);
        }
        return post("/admin/v1/organizations", body);
    }

    static String topic(String name) {
        return post("/admin/v1/topics", Map.of("slug", Json.unique("topic"), "name", name, "description", name + "工作"));
    }

    static String participant(String name, String organizationSlug, String title) {
        return post("/admin/v1/participants", Map.of("slug", Json.unique("person"), "name", name,
                "positions", List.of(Map.of("organization", organizationSlug, "title", title, "from", "2020-01-01"))));
    }

    /** A meeting hosted by {@code host}, visited by {@code visitor}, attended by {@code person}; returns its slug. */
    static String meeting(String title, String startsAt, String status, String host, String visitor, String person,
            List<String> topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", Json.unique("meeting"));
        body.put("kind", "symposium");
        body.put("title", title);
        body.put("startsAt", startsAt);
        body.put("venue", "清远广播电视台");
        body.put("hostOrganization", host);
        List<Map<String, Object>> organizations = new ArrayList<>();
        organizations.add(Map.of("organization", host, "role", "host"));
        if (visitor != null) {
            organizations.add(Map.of("organization", visitor, "role", "visiting"));
        }
        body.put("organizations", organizations);
        if (person != null) {
            body.put("attendees", List.of(Map.of("participant", person, "role", "led_delegation", "title", "党工委副书记、管委会主任")));
        }
        body.put("topics", topics);
        body.put("activities", List.of(Map.of("title", "参观主播矩阵", "description", "了解党员墙和文化客厅")));
        body.put("outcomes", List.of("深化合作项目"));
        body.put("summary", "双方围绕党建、经济发展、招商引资开展座谈。自2021年以来，400多名党员参与。");
        body.put("status", status);
        return post("/admin/v1/meetings", body);
    }

    /**
     * An article in the given status (draft, scheduled, published or archived) about a meeting,
     * mentioning a participant and an organization; returns its slug.
     */
    static String article(String title, String status, String source, String topic, String meeting, String person) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", Json.unique("article"));
        body.put("title", title);
        body.put("summary", title + "的摘要");
        body.put("body", "清远高新区代表团到访清远广播电视台，双方围绕" + title + "座谈交流。\n\n自2021年以来，400多名党员参与。");
        body.put("byline", "记者 测试");
        body.put("sourceOrganization", source);
        body.put("organizations", List.of(source));
        body.put("topics", topic == null ? List.of() : List.of(topic));
        if (meeting != null) {
            body.put("meeting", meeting);
        }
        if (person != null) {
            body.put("participants", List.of(person));
        }
        String slug = post("/admin/v1/articles", body);
        switch (status) {
            case "published" -> given().post("/admin/v1/articles/" + slug + "/publish").then().statusCode(200);
            case "archived" -> {
                given().post("/admin/v1/articles/" + slug + "/publish").then().statusCode(200);
                given().post("/admin/v1/articles/" + slug + "/unpublish").then().statusCode(200);
            }
            case "scheduled" -> given().contentType(ContentType.JSON).body(Map.of("publishAt", "2099-01-01T00:00:00+08:00"))
                    .post("/admin/v1/articles/" + slug + "/schedule").then().statusCode(200);
            default -> {
            }
        }
        return slug;
    }

    private static String post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("slug");
    }

    /** A made-up Chinese word no other test uses (so counts are exact), starting with {@code lead}. */
    static String word(String lead) {
        String letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        StringBuilder word = new StringBuilder(lead);
        long n = System.nanoTime() / 1000;
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt((int) (n % letters.length())));
            n /= letters.length();
        }
        return word.toString();
    }
}
