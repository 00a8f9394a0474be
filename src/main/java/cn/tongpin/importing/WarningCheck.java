package cn.tongpin.importing;

import java.util.List;

/** A kind of damage an import cannot repair with certainty: it reports where, and a candidate reading when it finds one. */
public interface WarningCheck {

    String kind();

    List<TextWarning> check(String text);
}
