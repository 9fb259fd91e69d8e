package org.chronoquiz.cli;

/** One input line the fsrs commands cannot use; the message names the field and the reason. */
final class BadLine extends RuntimeException {
    BadLine(String message) {
        super(message, null, false, false); // expected per bad line: no stack trace to fill in
    }
}
