package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * JSON is read exactly as written: one document and nothing after it, each key once, every value of
 * its declared type (no "true" for true, no 12345 for a date, no 1.5 for 1, no 0 for an enum) and
 * times PostgreSQL can store ({@link TimeRange}). Applies to every body, merge patches included,
 * without any field saying so. Which text is taken is checked with the other field rules, in
 * {@link Validation}, so that one answer names every bad field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : new LogicalType[] { LogicalType.Boolean, LogicalType.Integer, LogicalType.Float }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("tongpin-strict-values").setDeserializerModifier(new Values()));
    }

    /** A value that breaks one of the rules above; {@link JsonErrors} names its field with the rule. */
    public static final class RuleBroken extends MismatchedInputException {
        private final String rule;

        RuleBroken(JsonParser parser, Class<?> type, String rule) {
            super(parser, rule, type);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Wraps the deserializers of text and times, whichever module supplied them. */
    static final class Values extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class || type == OffsetDateTime.class || type == LocalDate.class) {
                return new Checked(deserializer, type);
            }
            return deserializer;
        }
    }

    /** Takes only a JSON string, lets the original deserializer read it, then checks a time's range. */
    static final class Checked extends JsonDeserializer<Object> implements ContextualDeserializer, ResolvableDeserializer {
        private final JsonDeserializer<?> original;
        private final Class<?> type;

        Checked(JsonDeserializer<?> original, Class<?> type) {
            this.original = original;
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            Object value = original.deserialize(p, ctxt);
            if ((value instanceof OffsetDateTime time && !TimeRange.storable(time))
                    || (value instanceof LocalDate date && !TimeRange.storable(date))) {
                throw new RuleBroken(p, type, TimeRange.MESSAGE);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return original.getNullValue(ctxt);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            if (original instanceof ContextualDeserializer contextual) {
                JsonDeserializer<?> made = contextual.createContextual(ctxt, property);
                return made == original ? this : new Checked(made, type);
            }
            return this;
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (original instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(ctxt);
            }
        }
    }
}
