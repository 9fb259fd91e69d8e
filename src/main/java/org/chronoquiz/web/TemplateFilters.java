package org.chronoquiz.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Filters and functions the templates need: {@code epoch} shows a stored epoch-millisecond time as "2026-11-27 21:58
 * UTC"; {@code csrfField(token)} is a form's hidden CSRF field. That was a macro, and every form on every page called
 * it: a macro call renders into a writer and a scope of its own, which cost more than the field.
 */
final class TemplateFilters extends AbstractExtension {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final EscapeFilter html = new EscapeFilter();

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("csrfField", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
                Object token = args.get("token");
                // escaped as autoescaping escapes {{ token }} in a template
                Object value = token == null ? "" : html.apply(token, Map.of(), self, context, lineNumber);
                return new SafeString("<input type=\"hidden\" name=\"_csrf\" value=\"" + value + "\">");
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("token");
            }
        });
    }


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
