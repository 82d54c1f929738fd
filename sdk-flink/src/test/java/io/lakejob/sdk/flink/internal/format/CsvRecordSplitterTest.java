package io.lakejob.sdk.flink.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV record splitter of the {@code lakejob-csv} format. Every case runs twice: on a normal
 * stream and on one that hands out a single byte per read, so that quotes, doubled quotes, escapes
 * and {@code \r\n} split across buffer refills are covered.
 */
class CsvRecordSplitterTest {

    /** A stream returning at most one byte per {@code read(byte[], int, int)}. */
    static InputStream trickle(byte[] data) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    static List<String> split(
            boolean trickle, String csv, char delimiter, Character quote, Character escape, boolean comments)
            throws IOException {
        byte[] data = csv.getBytes(StandardCharsets.UTF_8);
        CsvRecordSplitter s = new CsvRecordSplitter(
                trickle ? trickle(data) : new ByteArrayInputStream(data), delimiter, quote, escape, comments);
        List<String> out = new ArrayList<>();
        byte[] r;
        while ((r = s.next()) != null) {
            out.add(new String(r, StandardCharsets.UTF_8));
        }
        assertThat(s.next()).as("the end stays the end").isNull();
        assertThat(s.records()).isEqualTo(out.size());
        return out;
    }

    static List<String> split(boolean trickle, String csv) throws IOException {
        return split(trickle, csv, ',', '"', null, false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void linesEndAtLfCrlfAndCrAndTheEndIsNoExtraRecord(boolean trickle) throws IOException {
        assertThat(split(trickle, "a,b\nc,d\r\ne,f\rg,h")).containsExactly("a,b", "c,d", "e,f", "g,h");
        assertThat(split(trickle, "a,b\r\n")).containsExactly("a,b");
        assertThat(split(trickle, "a\n\nb\r\n\r\nc\n")).containsExactly("a", "", "b", "", "c");
        assertThat(split(trickle, "")).isEmpty();
        assertThat(split(trickle, "\n")).containsExactly("");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aQuotedValueKeepsItsDelimitersLineBreaksAndDoubledQuotes(boolean trickle) throws IOException {
        assertThat(split(trickle, "1,\"x, y\ny\r\nz\",2\n3,\"he said \"\"hi\"\"\nthere\",4\n5,6"))
                .containsExactly("1,\"x, y\ny\r\nz\",2", "3,\"he said \"\"hi\"\"\nthere\",4", "5,6");
        // an empty quoted value and a quoted value closed right before the line end
        assertThat(split(trickle, "\"\",\"a\"\n\"\"\"\"\nb")).containsExactly("\"\",\"a\"", "\"\"\"\"", "b");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aQuoteInsideAnUnquotedValueIsData(boolean trickle) throws IOException {
        assertThat(split(trickle, "ab\"c,d\ne,f\"\ng")).containsExactly("ab\"c,d", "e,f\"", "g");
        assertThat(split(trickle, " \"a\nb\""))
                .as("a blank before the quote: not a quoted value")
                .containsExactly(" \"a", "b\"");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theEscapeCharacterMakesTheNextByteData(boolean trickle) throws IOException {
        assertThat(split(trickle, "\"a\\\"\nb\",c\nd\\\ne\nf", ',', '"', '\\', false))
                .containsExactly("\"a\\\"\nb\",c", "d\\\ne", "f");
        assertThat(split(trickle, "\"a\\\"\nb\",c\nd", ',', '"', null, false))
                .as("without an escape character the backslash is data and the quote closes the value")
                .containsExactly("\"a\\\"", "b\",c", "d");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void quotingCanBeOffOrAnotherCharacter(boolean trickle) throws IOException {
        assertThat(split(trickle, "\"a\nb\"", ',', null, null, false)).containsExactly("\"a", "b\"");
        assertThat(split(trickle, "'a\nb',\"c\nd\"", ',', '\'', null, false)).containsExactly("'a\nb',\"c", "d\"");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aQuoteOpensAValueAfterAnyDelimiterEvenAMultiByteOne(boolean trickle) throws IOException {
        assertThat(split(trickle, "a|\"b\nc\"|d\ne", '|', '"', null, false)).containsExactly("a|\"b\nc\"|d", "e");
        assertThat(split(trickle, "a\t\"b\nc\"\nd", '\t', '"', null, false)).containsExactly("a\t\"b\nc\"", "d");
        // U+00A6 is two bytes in UTF-8; U+00E9 in the data is two bytes too
        assertThat(split(trickle, "é¦\"b\nc\"¦é\nd", '¦', '"', null, false)).containsExactly("é¦\"b\nc\"¦é", "d");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void withCommentsAHashLineEndsAtItsLineBreakWhateverItHolds(boolean trickle) throws IOException {
        byte[] data = "#x,\"y\na,b\n #c\n".getBytes(StandardCharsets.UTF_8);
        CsvRecordSplitter s =
                new CsvRecordSplitter(trickle ? trickle(data) : new ByteArrayInputStream(data), ',', '"', null, true);
        byte[] first = s.next();
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("#x,\"y");
        assertThat(s.isComment(first)).isTrue();
        byte[] second = s.next();
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("a,b");
        assertThat(s.isComment(second)).isFalse();
        assertThat(s.isComment(s.next())).as("only a # in the first column").isFalse();
        assertThat(s.next()).isNull();

        assertThat(split(trickle, "#x,\"y\na\"\n", ',', '"', null, false))
                .as("without comments the quote opens a value")
                .containsExactly("#x,\"y\na\"");
    }

    @Test
    void bytesAboveAsciiAreNeverMistakenForQuotingOrLineBreaks() throws IOException {
        byte[] data = {'a', (byte) 0xFF, ',', (byte) 0xC3, (byte) 0xA9, '\n', 'b'};
        CsvRecordSplitter s = new CsvRecordSplitter(new ByteArrayInputStream(data), ',', null, null, false);
        assertThat(s.next()).containsExactly('a', (byte) 0xFF, ',', (byte) 0xC3, (byte) 0xA9);
        assertThat(s.next()).containsExactly('b');
        assertThat(s.next()).isNull();
    }

    @Test
    void anUnclosedQuoteFailsAtTheSizeLimitInsteadOfReadingTheWholeFile() throws IOException {
        String csv = "1,ok\n2,\"never closed\n" + "x\n".repeat(1000);
        CsvRecordSplitter s = new CsvRecordSplitter(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ',', '"', null, false, 512);
        assertThat(s.next()).asString(StandardCharsets.UTF_8).isEqualTo("1,ok");
        assertThatThrownBy(s::next)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("longer than 512 bytes")
                .hasMessageContaining("after 1 records");
    }

    @Test
    void anUnclosedQuoteAtTheEndIsTheLastRecord() throws IOException {
        assertThat(split(false, "a\n\"b\nc")).containsExactly("a", "\"b\nc");
    }

    @Test
    void quoteAndEscapeMustBeAscii() {
        assertThatThrownBy(() -> new CsvRecordSplitter(new ByteArrayInputStream(new byte[0]), ',', '«', null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote");
        assertThatThrownBy(() -> new CsvRecordSplitter(new ByteArrayInputStream(new byte[0]), ',', '"', '€', false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("escape");
    }
}
