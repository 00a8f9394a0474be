package cn.tongpin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates request bodies and answers a problem naming every bad field, text no channel can carry included. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw ProblemException.badRequest("A JSON body is required", List.of(new FieldError("$", "must not be empty")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : violations) {
            errors.add(new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()));
        }
        uncarriable(input, "", errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ProblemException.invalid(errors);
        }
        return input;
    }

    /**
     * Every text of every request record, however deep, must be text all channels can carry
     * ({@link TextRules#carriable}): one rule for all fields, none of which has to ask for it. A field
     * Bean Validation already refused is not named twice.
     */
    static void uncarriable(Object value, String path, List<FieldError> errors) {
        if (value instanceof String text) {
            if (!TextRules.carriable(text) && errors.stream().noneMatch(e -> e.field().equals(path))) {
                errors.add(new FieldError(path.isEmpty() ? "$" : path, TextRules.CARRIABLE_MESSAGE));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                uncarriable(list.get(i), path + "[" + i + "]", errors);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                uncarriable(read(component, record), path.isEmpty() ? component.getName() : path + "." + component.getName(), errors);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** Turns a Bean Validation path ({@code create.input.positions[0].title}) into the JSON path. */
    static String fieldName(String propertyPath) {
        String path = propertyPath.replaceAll("<[^>]*>", "").replace(".[", "[");
        // Method-parameter paths start with the method and parameter names.
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3 && (parts[1].equals("input") || parts[1].equals("body"))) {
            return parts[2];
        }
        return path;
    }
}
