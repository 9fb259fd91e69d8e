package org.chronoquiz.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.List;

/** The one JSON configuration: snake_case names, ISO-8601 times. */
public final class Json {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A reader of stored string lists, made once: {@link #readStrings(ObjectMapper, String)} resolves the type each call. */
    public static ObjectReader stringsReader(ObjectMapper mapper) {
        return mapper.readerFor(STRINGS);
    }

    public static List<String> readStrings(ObjectReader reader, String json) {
        try {
            return json == null || json.isBlank() ? List.of() : reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + json, e);
        }
    }

    public static List<String> readStrings(ObjectMapper mapper, String json) {
        try {
            return json == null || json.isBlank() ? List.of() : mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + json, e);
        }
    }

    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
