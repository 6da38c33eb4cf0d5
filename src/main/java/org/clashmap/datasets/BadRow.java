package org.clashmap.datasets;

/** A row that cannot be imported; the message says which field and why. */
final class BadRow extends Exception {
    BadRow(String message) {
        super(message, null, false, false); // expected and frequent: no stack trace
    }
}
