package cn.tongpin.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON the service writes into its own columns and reads back. Jackson's checked exception can only
 * mean a bug here (the values are our own records), so it becomes an IllegalStateException that
 * names what was being written or read.
 */
public final class StoredJson {

    private StoredJson() {
    }

    public static String write(ObjectMapper mapper, Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " could not be written as JSON", e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " could not be read", e);
        }
    }
}
