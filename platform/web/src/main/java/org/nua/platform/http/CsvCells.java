package org.nua.platform.http;

/**
 * Text cells of the CSV files users download, made safe to open in a spreadsheet, and read back as they were.
 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is run as a
 * formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP); a leading apostrophe makes it text.
 * Numbers are written by their own code and never pass through here: {@code -1.5} stays a number.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text as a cell that no spreadsheet runs: a leading apostrophe before a formula character. */
    public static String text(String text) {
        return startsFormula(text, 0) ? "'" + text : text;
    }

    /**
     * The inverse of {@link #text}, for files sent back after download (a CSV batch): an apostrophe that only
     * guards a formula character is dropped, so a download and its upload hold the same text. (Text whose
     * author began it with an apostrophe before a formula character loses that apostrophe, as in a spreadsheet.)
     */
    public static String unguarded(String cell) {
        return cell != null && cell.startsWith("'") && startsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String text, int at) {
        if (text == null || text.length() <= at) {
            return false;
        }
        char c = text.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
