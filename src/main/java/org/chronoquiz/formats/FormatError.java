package org.chronoquiz.formats;

/** A file that cannot be imported: the line (1-based; 0 when the file as a whole is wrong) and why. */
public final class FormatError extends RuntimeException {
    private final int line;

    public FormatError(int line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
