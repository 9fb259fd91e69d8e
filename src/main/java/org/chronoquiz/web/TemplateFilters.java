package org.chronoquiz.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Filters the templates need: {@code epoch} shows a stored epoch-millisecond time as "2026-11-27 21:58 UTC". */
final class TemplateFilters extends AbstractExtension {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("epoch", new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return input instanceof Number n ? FORMAT.format(Instant.ofEpochMilli(n.longValue())) : input;
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        });
    }
}
