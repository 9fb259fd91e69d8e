package org.chronoquiz.web;

import io.pebbletemplates.pebble.loader.Loader;

import java.io.Reader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loader that remembers how a template's {@code extends} and {@code import} names resolve against the template
 * naming them. Pebble asks on every render, even with its template cache on, and its answer runs regular expressions
 * over both paths: on the home page that was a seventh of the rendering. The answer depends on the two names only, and
 * the templates name their layout and macros literally, so the map holds a pair per template that names one.
 */
final class TemplatePaths<T> implements Loader<T> {
    private final Loader<T> loader;
    private final Map<String, Map<String, Optional<String>>> resolved = new ConcurrentHashMap<>();

    TemplatePaths(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        if (relativePath == null || anchorPath == null) {
            return loader.resolveRelativePath(relativePath, anchorPath);
        }
        // a name that is not relative resolves to null (Pebble then uses it as given), which a map cannot hold
        return resolved.computeIfAbsent(anchorPath, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(relativePath, r -> Optional.ofNullable(loader.resolveRelativePath(r, anchorPath)))
                .orElse(null);
    }

    @Override
    public Reader getReader(T cacheKey) {
        return loader.getReader(cacheKey);
    }

    @Override
    public void setCharset(String charset) {
        loader.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
        loader.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
        loader.setSuffix(suffix);
    }

    @Override
    public T createCacheKey(String templateName) {
        return loader.createCacheKey(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return loader.resourceExists(templateName);
    }
}
