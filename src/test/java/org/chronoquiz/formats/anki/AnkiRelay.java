package org.chronoquiz.formats.anki;

import net.ankiweb.rsdroid.NativeMethods;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JVM that holds Anki's backend, started by {@link AnkiBackend}. Opening the backend points the process's stdout
 * and stderr at temporary files (what AnkiDroid needs on Android), which would cut Surefire's channel to its fork;
 * so the backend runs here, and answers over stdin and a second handle on the stdout pipe, opened before the library
 * takes file descriptor 1.
 *
 * <p>Frames: a request is service, method, length, bytes (service -1 ends); a reply is status (0 ok, 1 Anki's
 * {@code BackendError}, 2 the library did not load, as text), length, bytes. The first reply says whether the
 * backend opened.
 */
public final class AnkiRelay {
    static final int OK = 0;
    static final int ANKI_ERROR = 1;
    static final int NOT_LOADED = 2;

    private AnkiRelay() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream("/proc/self/fd/1")));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        long backend;
        try {
            System.load(library().toString());
            byte[][] opened = NativeMethods.openBackend(Proto.message().text(1, "en").bytes());
            if (opened[1] != null) {
                reply(out, ANKI_ERROR, opened[1]);
                return;
            }
            backend = Proto.number(Proto.parse(opened[0]), 1);
        } catch (Throwable e) { // an UnsatisfiedLinkError above all: the caller skips, with this as the reason
            reply(out, NOT_LOADED, e.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        reply(out, OK, new byte[0]);
        try {
            for (int service; (service = in.readInt()) >= 0; ) {
                int method = in.readInt();
                byte[] input = in.readNBytes(in.readInt());
                byte[][] result = NativeMethods.runMethodRaw(backend, service, method, input);
                reply(out, result[1] == null ? OK : ANKI_ERROR, result[1] == null ? result[0] : result[1]);
            }
        } catch (EOFException gone) {
            // the test's JVM closed our stdin: nothing more to do
        } finally {
            NativeMethods.closeBackend(backend);
        }
    }

    /** The Linux build from the anki-android-backend-testing jar, copied out: a library loads only from a file. */
    private static Path library() throws IOException {
        try (InputStream so = AnkiRelay.class.getResourceAsStream("/librsdroid.so")) {
            if (so == null) {
                throw new IOException("librsdroid.so is not on the test classpath (anki-android-backend-testing)");
            }
            Path file = Files.createTempFile("librsdroid", ".so");
            file.toFile().deleteOnExit();
            Files.copy(so, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void reply(DataOutputStream out, int status, byte[] bytes) throws IOException {
        out.writeByte(status);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }
}
