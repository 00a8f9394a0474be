package cn.tongpin.locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hankcs.hanlp.HanLP;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Iterator;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Converts answers to Traditional Chinese phrase by phrase with HanLP (头发 → 頭髮 but 理发 → 理髮,
 * 干部 → 幹部 but 干燥 → 乾燥), which a character table cannot do. The dictionaries load at
 * start-up, so the first zh-Hant request is not the slow one.
 */
@ApplicationScoped
public class TraditionalChinese {

    private static final Logger LOG = Logger.getLogger(TraditionalChinese.class);

    void warmUp(@Observes StartupEvent event) {
        long start = System.nanoTime();
        convert("清远高新区党工委与清远广播电视台座谈，头发、理发、干部、干燥、皇后、后来");
        HanLP.convertToSimplifiedChinese("清遠高新區");
        LOG.infof("Chinese script converters ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    public static String convert(String text) {
        if (text == null || text.isEmpty() || !hasHan(text)) {
            return text;
        }
        return HanLP.convertToTraditionalChinese(text);
    }

    /** Converts every string value of a JSON tree in place (field names and non-Chinese values stay). */
    public static JsonNode convertTree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    String converted = convert(value.textValue());
                    if (!converted.equals(value.textValue())) {
                        field.setValue(TextNode.valueOf(converted));
                    }
                } else if (value.isContainerNode()) {
                    convertTree(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    array.set(i, TextNode.valueOf(convert(value.textValue())));
                } else if (value.isContainerNode()) {
                    convertTree(value);
                }
            }
        }
        return node;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
