package org.chronoquiz.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;

import java.io.IOException;
import java.io.Writer;
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
        PageWriter out = new PageWriter();
        try {
            engine.getTemplate(file).evaluate(out, new HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A page's text as it is rendered: a StringWriter appends through a synchronized StringBuffer that starts at 16
     * characters, so a page of a few thousand took a lock per text node and value and grew its buffer a dozen times.
     */
    private static final class PageWriter extends Writer {
        /** Most pages are a few thousand characters; the layout alone is one. */
        private final StringBuilder text = new StringBuilder(8192);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public Writer append(CharSequence s, int start, int end) {
            text.append(s, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
