package org.chronoquiz.timex;

import java.time.LocalDate;
import java.util.List;

/** Finds and normalises temporal expressions. Pure: no I/O, no state between calls. (stub, to be written) */
public final class TimexExtractor {
    public List<Timex> extract(String text, LocalDate dct) {
        return List.of();
    }
}
