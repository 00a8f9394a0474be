package cn.tongpin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates request bodies and answers a problem naming every bad field. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw ProblemException.badRequest("A JSON body is required", List.of(new FieldError("$", "must not be empty")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<T> v : violations) {
                errors.add(new FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()));
            }
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ProblemException.invalid(errors);
        }
        return input;
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
