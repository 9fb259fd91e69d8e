package org.chronoquiz.formats.anki;

import com.google.protobuf.UnknownFieldSet;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Anki's own backend (rslib 2.1.66, as AnkiDroid builds it for desktop tests), in a child JVM ({@link AnkiRelay}):
 * {@link #call} sends one service method's request and returns its reply, or throws what Anki answered.
 */
public final class AnkiBackend implements AutoCloseable {
    private final Process child;
    private final Path log;
    private final DataOutputStream requests;
    private final DataInputStream replies;

    /** Why the backend cannot run here; a test that needs it is skipped with this as its reason. */
    public static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason);
        }
    }

    /** What Anki refused, with its message and context. */
    public static final class AnkiError extends RuntimeException {
        AnkiError(String message) {
            super(message);
        }
    }

    private static final class LibraryRefused extends IOException {
        LibraryRefused(String message) {
            super(message);
        }
    }

    private AnkiBackend(Process child, Path log) {
        this.child = child;
        this.log = log;
        this.requests = new DataOutputStream(new BufferedOutputStream(child.getOutputStream()));
        this.replies = new DataInputStream(new BufferedInputStream(child.getInputStream()));
    }

    /** Starts the child and opens the backend; {@code work} keeps the library's copy and the child's log. */
    public static AnkiBackend start(Path work) throws Unavailable, IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !List.of("amd64", "x86_64").contains(arch)) {
            throw new Unavailable("Anki's backend is driven here through its x86_64 Linux build; this is " + os + " on " + arch);
        }
        Files.createDirectories(work);
        Path log = work.resolve("anki-relay.log");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work, "-cp", classpath, AnkiRelay.class.getName())
                .redirectError(log.toFile()).start();
        AnkiBackend backend = new AnkiBackend(child, log);
        try {
            backend.reply();
            return backend;
        } catch (LibraryRefused e) { // the library did not load on this machine: a reason to skip, not a failure
            backend.close();
            throw new Unavailable("Anki's backend library did not load: " + e.getMessage());
        } catch (RuntimeException | IOException e) {
            backend.close();
            throw e;
        }
    }

    public byte[] call(int service, int method, byte[] request) {
        try {
            requests.writeInt(service);
            requests.writeInt(method);
            requests.writeInt(request.length);
            requests.write(request);
            requests.flush();
            return reply();
        } catch (IOException e) {
            throw new UncheckedIOException("the Anki relay stopped answering", e);
        }
    }

    private byte[] reply() throws IOException {
        int status;
        byte[] bytes;
        try {
            status = replies.readUnsignedByte();
            bytes = replies.readNBytes(replies.readInt());
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; the relay's own log: " + tail(), e);
        }
        if (status == AnkiRelay.NOT_LOADED) {
            throw new LibraryRefused(new String(bytes, StandardCharsets.UTF_8));
        }
        if (status == AnkiRelay.ANKI_ERROR) {
            UnknownFieldSet error = Proto.parse(bytes); // anki.backend.BackendError: message 1, kind 2, context 4
            throw new AnkiError(Proto.text(error, 1) + " (kind " + Proto.number(error, 2) + ") " + Proto.text(error, 4));
        }
        return bytes;
    }

    private String tail() {
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return text.isBlank() ? "(empty)" : text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            requests.writeInt(-1);
            requests.flush();
            requests.close();
        } catch (IOException alreadyGone) {
            // the child has ended; nothing to tell it
        }
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
