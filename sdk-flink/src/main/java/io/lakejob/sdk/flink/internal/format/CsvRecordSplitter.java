package io.lakejob.sdk.flink.internal.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a UTF-8 CSV byte stream into records, the way Jackson's CSV parser (which Flink's csv format
 * uses) reads them: a record ends at an unquoted {@code \n}, {@code \r\n} or {@code \r}; a quote
 * character opens a quoted value only at the start of a field, and inside it line breaks and
 * delimiters are data, a doubled quote is a literal quote and the escape character (when set) makes
 * the next byte literal. With comments allowed, a record starting with {@code #} runs to the end of
 * its line whatever it holds.
 *
 * <p>Records come back as their bytes without the line terminator, quotes and escapes untouched, so
 * a CSV deserializer can parse each one alone. An empty line is an empty record; the end of the
 * stream after a line terminator is no record. The splitter never needs to look ahead: a quote or a
 * carriage return at a buffer boundary is settled by the next byte read.
 */
final class CsvRecordSplitter {
    /** Records longer than this are refused: most likely an unclosed quote swallowing the file. */
    static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTED_QUOTE = 3;
    private static final int ESCAPED_QUOTED = 4;
    private static final int ESCAPED_UNQUOTED = 5;
    private static final int COMMENT = 6;

    private final InputStream in;
    private final int quote;
    private final int escape;
    private final byte[] delimiter;
    private final boolean comments;
    private final int maxRecordBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private byte[] record;
    private int length;
    private boolean dropLineFeed;
    private boolean eof;
    private long records;

    /**
     * Creates a splitter.
     *
     * @param in the stream, read from its current position (not closed by the splitter)
     * @param delimiter the field delimiter
     * @param quote the quote character (ASCII), or {@code null} when quoting is off
     * @param escape the escape character (ASCII), or {@code null} for none
     * @param allowComments whether a record starting with {@code #} is a comment line
     * @param maxRecordBytes the longest record accepted
     * @throws IllegalArgumentException when the quote or escape character is not ASCII
     */
    CsvRecordSplitter(
            InputStream in,
            char delimiter,
            Character quote,
            Character escape,
            boolean allowComments,
            int maxRecordBytes) {
        this.in = in;
        this.delimiter = String.valueOf(delimiter).getBytes(StandardCharsets.UTF_8);
        this.quote = ascii("quote", quote);
        int esc = ascii("escape", escape);
        this.escape = esc == this.quote ? -1 : esc;
        this.comments = allowComments;
        this.maxRecordBytes = maxRecordBytes;
        this.record = new byte[Math.max(1, Math.min(256, maxRecordBytes))];
        this.buf = new byte[64 * 1024];
    }

    /**
     * Creates a splitter with the default record size limit.
     *
     * @param in the stream
     * @param delimiter the field delimiter
     * @param quote the quote character, or {@code null} when quoting is off
     * @param escape the escape character, or {@code null} for none
     * @param allowComments whether {@code #} lines are comments
     */
    CsvRecordSplitter(InputStream in, char delimiter, Character quote, Character escape, boolean allowComments) {
        this(in, delimiter, quote, escape, allowComments, DEFAULT_MAX_RECORD_BYTES);
    }

    private static int ascii(String what, Character c) {
        if (c == null) {
            return -1;
        }
        if (c > 127) {
            throw new IllegalArgumentException(
                    "The " + what + " character must be an ASCII character, was '" + c + "'");
        }
        return c;
    }

    /**
     * Whether a record is a comment line: comments are allowed and it starts with {@code #}.
     *
     * @param r a record from {@link #next()}
     * @return whether it is a comment
     */
    boolean isComment(byte[] r) {
        return comments && r.length > 0 && r[0] == '#';
    }

    /** @return how many records {@link #next()} has returned */
    long records() {
        return records;
    }

    /**
     * The next record.
     *
     * @return its bytes without the line terminator (empty for an empty line), or {@code null} at the
     *     end of the stream
     * @throws IOException when the stream fails or a record exceeds the size limit
     */
    byte[] next() throws IOException {
        if (eof) {
            return null;
        }
        length = 0;
        int state = FIELD_START;
        boolean first = true;
        while (true) {
            if (pos == limit) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                    if (first) {
                        return null;
                    }
                    return done();
                }
                pos = 0;
                limit = n;
                continue;
            }
            int b = buf[pos++] & 0xFF;
            if (first) {
                first = false;
                if (dropLineFeed) {
                    dropLineFeed = false;
                    if (b == '\n') {
                        first = true;
                        continue;
                    }
                }
                if (comments && b == '#') {
                    append(b);
                    state = COMMENT;
                    continue;
                }
            }
            switch (state) {
                case QUOTED:
                    append(b);
                    if (b == quote) {
                        state = QUOTED_QUOTE;
                    } else if (b == escape) {
                        state = ESCAPED_QUOTED;
                    }
                    continue;
                case ESCAPED_QUOTED:
                    append(b);
                    state = QUOTED;
                    continue;
                case ESCAPED_UNQUOTED:
                    append(b);
                    state = UNQUOTED;
                    continue;
                case QUOTED_QUOTE:
                    if (b == quote) {
                        // a doubled quote: a literal quote, still inside the value
                        append(b);
                        state = QUOTED;
                        continue;
                    }
                    // the value's closing quote was the previous byte: b is read as unquoted
                    state = UNQUOTED;
                    break;
                default:
                    break;
            }
            if (b == '\n' || b == '\r') {
                dropLineFeed = b == '\r';
                return done();
            }
            append(b);
            if (state == COMMENT) {
                continue;
            }
            if (state == FIELD_START && b == quote) {
                state = QUOTED;
            } else if (b == escape) {
                state = ESCAPED_UNQUOTED;
            } else {
                state = endsWithDelimiter() ? FIELD_START : UNQUOTED;
            }
        }
    }

    private byte[] done() {
        records++;
        return Arrays.copyOf(record, length);
    }

    private void append(int b) throws IOException {
        if (length == record.length) {
            if (length >= maxRecordBytes) {
                throw new IOException("A CSV record is longer than " + maxRecordBytes
                        + " bytes (an unclosed quote?) after " + records + " records");
            }
            record = Arrays.copyOf(record, (int) Math.min((long) maxRecordBytes, 2L * length));
        }
        record[length++] = (byte) b;
    }

    private boolean endsWithDelimiter() {
        int n = delimiter.length;
        if (length < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (record[length - n + i] != delimiter[i]) {
                return false;
            }
        }
        return true;
    }
}
