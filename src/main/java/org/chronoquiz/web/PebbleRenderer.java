package org.chronoquiz.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Renders templates from the top-level {@code templates/} folder, with autoescaping on (Pebble's default). */
public final class PebbleRenderer implements FileRenderer {
    private final PebbleEngine engine;

    public PebbleRenderer(Path templatesDir, boolean cache) {
        this.engine = new PebbleEngine.Builder()
                .loader(new TemplatePaths<>(new FileLoader(templatesDir.toAbsolutePath().toString())))
                .strictVariables(true) // a typo in a template fails a test instead of rendering blank
                .extension(new TemplateFilters())
                .cacheActive(cache)
                .build();
    }

    @Override
    public String render(String file, Map<String, ?> model, Context ctx) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(file).evaluate(out, new HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
