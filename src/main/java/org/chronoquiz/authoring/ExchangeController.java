package org.chronoquiz.authoring;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.chronoquiz.formats.Formats;
import org.chronoquiz.formats.QuestionFormat;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.decks.Decks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The instructor's import and export page: the same exchange as the {@code import} and {@code export} commands. */
public final class ExchangeController {
    private static final String PAGE = "authoring/exchange.peb";
    private final QuestionExchange exchange;
    private final Formats formats;
    private final Decks decks;
    private final Pages pages;

    public ExchangeController(QuestionExchange exchange, Formats formats, Decks decks, Pages pages) {
        this.exchange = exchange;
        this.formats = formats;
        this.decks = decks;
        this.pages = pages;
    }

    public void show(Context ctx) {
        ctx.render(PAGE, model(ctx));
    }

    private Map<String, Object> model(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("decks", decks.all());
        model.put("formats", formats.all());
        model.put("readable", formats.all().stream().filter(QuestionFormat::readable).toList());
        model.put("form", Map.of("format", "", "deck", ""));
        return model;
    }

    public void export(Context ctx) {
        QuestionFormat format = format(ctx.queryParam("format"));
        String deck = ctx.queryParam("deck");
        deck = deck == null || deck.isBlank() ? null : deck;
        byte[] bytes = exchange.export(format, deck);
        String name = (deck == null ? "chronoquiz" : deck).replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT);
        ctx.header("Content-Disposition", "attachment; filename=\"" + (name.length() > 60 ? name.substring(0, 60) : name)
                + "." + format.extension() + "\"");
        ctx.contentType("application/octet-stream"); // a download, never shown in the browser
        ctx.result(bytes);
    }

    public void importFile(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("format", "deck"));
        try {
            UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
            if (file == null || file.size() == 0) {
                throw new InvalidInput("file", "Choose a file to import.");
            }
            if (file.size() > QuestionExchange.MAX_BYTES) {
                throw new InvalidInput("file", "The file is too large: at most 10 MB.");
            }
            String chosen = form.get("format");
            QuestionFormat format = chosen.isBlank()
                    ? formats.all().stream().filter(f -> f.readable() && file.filename().toLowerCase(Locale.ROOT)
                    .endsWith("." + f.extension())).findFirst().orElseThrow(() -> new InvalidInput("format",
                    "Choose the file's format: its name does not say."))
                    : format(chosen);
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readNBytes(QuestionExchange.MAX_BYTES + 1);
            }
            var done = exchange.importFile(format, bytes, form.get("deck").isBlank() ? null : form.get("deck"));
            Pages.flash(ctx, "Imported " + file.filename() + ": " + done.added() + " added, " + done.updated() + " updated, "
                    + done.unchanged() + " unchanged, into " + String.join(", ", done.decks()) + ".");
            ctx.redirect("/instructor/exchange", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, PAGE, model(ctx), form, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QuestionFormat format(String name) {
        return formats.find(name == null ? "" : name).orElseThrow(() -> new InvalidInput("format",
                "Unknown format; use one of " + String.join(", ", formats.all().stream().map(QuestionFormat::name).toList()) + "."));
    }
}
