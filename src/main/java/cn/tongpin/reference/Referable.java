package cn.tongpin.reference;

/** What other content can point at, named as a refusal to delete names it. */
public enum Referable {
    ORGANIZATION("organization"),
    PARTICIPANT("participant"),
    TOPIC("topic"),
    MEETING("meeting"),
    IMAGE("image");

    private final String word;

    Referable(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
