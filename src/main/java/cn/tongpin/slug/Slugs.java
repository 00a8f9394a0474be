package cn.tongpin.slug;

import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Slug rules shared by every resource: form, uniqueness and generation when none is given. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern FORM = Pattern.compile(PATTERN);
    private static final Pattern UUID_FORM = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Slugs() {
    }

    /** Whether text could be a slug at all; anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= 100 && FORM.matcher(text).matches();
    }

    /** Whether a path segment names an id rather than a slug. */
    public static UUID asId(String idOrSlug) {
        return idOrSlug != null && UUID_FORM.matcher(idOrSlug).matches() ? UUID.fromString(idOrSlug) : null;
    }

    /**
     * The slug to store: the one given (which must be free) or one made from the name, with a
     * number appended when taken.
     *
     * @param taken tells whether another item of the same type already has a slug
     */
    public static String choose(String given, String name, String fallbackPrefix, Predicate<String> taken) {
        if (given != null) {
            if (!FORM.matcher(given).matches() || asId(given) != null) {
                throw ProblemException.invalid(List.of(new FieldError("slug",
                        "must be lower-case letters, digits and single hyphens")));
            }
            if (taken.test(given)) {
                throw duplicate(given);
            }
            return given;
        }
        String base = SlugGenerator.fromName(name);
        if (base.isEmpty()) {
            base = fallbackPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public static ProblemException duplicate(String slug) {
        return ProblemException.duplicate("slug", slug);
    }
}
