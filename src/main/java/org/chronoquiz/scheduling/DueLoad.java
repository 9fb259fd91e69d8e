package org.chronoquiz.scheduling;

import java.time.LocalDate;

/** How many cards are already due on a learner's day; lets fuzz prefer emptier days (load balancing). */
@FunctionalInterface
public interface DueLoad {
    int dueOn(LocalDate day);
}
