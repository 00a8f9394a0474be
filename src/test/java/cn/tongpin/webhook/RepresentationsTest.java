package cn.tongpin.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payloads of one batch that take no representation, or cannot be read, spoil none of the others. */
class RepresentationsTest {

    private final ObjectMapper json = new ObjectMapper();

    private Representations representations() {
        Representations representations = new Representations();
        representations.json = json;
        return representations; // no item is wanted below, so nothing is read from the database
    }

    @Test
    void aPayloadThatCannotBeReadShouldBeSentAsItIsBesideTheOthers() throws Exception {
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("bad-id", "{\"type\":\"article.updated\",\"data\":{\"type\":\"article\",\"id\":\"not-a-uuid\",\"visible\":true}}");
        payloads.put("not-json", "{");
        payloads.put("hidden", "{\"type\":\"article.unpublished\",\"data\":{\"type\":\"article\","
                + "\"id\":\"3f0c7a52-6f7e-4d8a-9a4f-2b1d3c4e5f60\",\"visible\":false}}");
        payloads.put("unknown-type", "{\"type\":\"x.updated\",\"data\":{\"type\":\"x\",\"id\":\"3f0c7a52-6f7e-4d8a-9a4f-2b1d3c4e5f60\","
                + "\"visible\":true}}");

        Map<String, String> bodies = representations().withRepresentations(payloads);

        assertEquals(payloads.get("bad-id"), bodies.get("bad-id"));
        assertEquals(payloads.get("not-json"), bodies.get("not-json"));
        for (String key : new String[] { "hidden", "unknown-type" }) {
            JsonNode data = json.readTree(bodies.get(key)).get("data");
            assertTrue(data.has("representation") && data.get("representation").isNull(), key + ": " + bodies.get(key));
        }
    }
}
