package ru.praktika.shared.spreadsheet;

/** A spreadsheet that cannot be read; the message is in Russian and may be shown to the user as it is. */
public class SpreadsheetException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An unreadable file, with the Russian message for the user. */
    public SpreadsheetException(String message) {
        super(message);
    }

    /** An unreadable file, with the Russian message for the user and the technical cause. */
    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
