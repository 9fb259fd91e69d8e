package org.chronoquiz.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers as learners type them, read as a person would read them. */
class TypedNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2013|2013", "'2,013'|2013", "2 013|2013", "2013.|2013", "In 2013|2013", "about 1989|1989",
            "'1,234,567'|1234567", "1.234.567|1234567", "2.5|2.5", "'2,5'|2.5", "'1,234.5'|1234.5", "'1.234,5'|1234.5",
            "2.013|2.013", "-3|-3", "−3|-3", "+4|4", ".5|0.5", "' 1989 '|1989", "1 000 000|1000000"})
    void reads_what_a_person_means(String typed, String value) {
        BigDecimal read = TypedNumbers.read(typed).orElseThrow(() -> new AssertionError(typed + " did not read"));
        assertEquals(0, new BigDecimal(value).compareTo(read), typed + " read as " + read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "twenty", "20l3", "1e3", "2013-2014", "1,23,4", "'1,234,5'", "1/2", "--3", "2013 AD",
            "12345678901234567890123456789012345", "1..5", ","})
    void what_does_not_read_as_one_number_is_empty(String typed) {
        assertEquals(Optional.empty(), TypedNumbers.read(typed), typed);
    }
}
