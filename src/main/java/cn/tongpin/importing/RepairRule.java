package cn.tongpin.importing;

/** A repair an import makes on its own, because it is certain; each can be switched off per request by its name. */
public interface RepairRule {

    String name();

    /** Whether the rule applies to text aimed at this locale (a BCP 47 tag such as zh-Hans). */
    default boolean appliesTo(String locale) {
        return true;
    }

    Repair apply(String text);
}
