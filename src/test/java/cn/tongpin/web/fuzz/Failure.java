package cn.tongpin.web.fuzz;

/** One wrong answer: the operation, where the hostile value went, its class, and what was wrong. */
public record Failure(String operation, String where, Kind kind, String label, String why, String sample) {

    /** The key failures are grouped and known by: operation, place and class. */
    public String group() {
        return operation + " | " + where + " | " + kind + " | " + why;
    }
}
