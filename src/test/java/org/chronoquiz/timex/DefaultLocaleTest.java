package org.chronoquiz.timex;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** TIMEX3 values are ASCII whatever the machine's locale (Arabic-Indic digits broke values once). */
class DefaultLocaleTest {
    @Test
    void values_are_ascii_under_an_arabic_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            List<Timex> found = new TimexExtractor().extract("Talks took place in July 1944 and on Wednesday.",
                    LocalDate.of(2023, 3, 15));
            assertEquals("1944-07", found.get(0).value());
            assertEquals("2023-03-15", found.get(1).value());
        } finally {
            Locale.setDefault(before);
        }
    }
}
