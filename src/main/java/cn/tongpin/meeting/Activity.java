package cn.tongpin.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Something that happened at a meeting, such as a tour; kept in order. */
@Embeddable
public class Activity {

    @Column(nullable = false)
    public String title;

    public String description;
}
