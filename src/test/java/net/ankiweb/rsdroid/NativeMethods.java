package net.ankiweb.rsdroid;

/**
 * The three entry points of AnkiDroid's {@code librsdroid.so} (Anki's Rust backend with a JNI shim). JNI binds them by
 * this class's exact name, so it lives in AnkiDroid's package; only {@code AnkiRelay} calls them, in a JVM of its own.
 * Each call that returns answers {@code {ok, error}}: one of the two is null, the other protobuf bytes (the error an
 * {@code anki.backend.BackendError}).
 */
public final class NativeMethods {
    private NativeMethods() {
    }

    /** Takes an {@code anki.backend.BackendInit}; its ok bytes are an {@code anki.generic.Int64}, the backend's handle. */
    public static native byte[][] openBackend(byte[] init);

    /** One service method: request and reply are the protobuf messages of that method. */
    public static native byte[][] runMethodRaw(long backend, int service, int method, byte[] input);

    public static native void closeBackend(long backend);
}
