package io.lakejob.sdk.flink.internal.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.flink.internal.ops.CatalogHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.table.factories.BulkReaderFormatFactory;
import org.apache.flink.connector.file.table.factories.BulkWriterFormatFactory;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.factories.Factory;
import org.junit.jupiter.api.Test;

/** The {@code lakejob-csv} format factory's discovery, options and header line. */
class HeaderCsvFormatFactoryTest {

    static HeaderCsvFormatFactory.Settings settings(String... keyValues) {
        Configuration c = new Configuration();
        for (int i = 0; i < keyValues.length; i += 2) {
            c.setString(keyValues[i], keyValues[i + 1]);
        }
        return HeaderCsvFormatFactory.Settings.of(c);
    }

    static String header(List<String> columns, HeaderCsvFormatFactory.Settings s) {
        return new String(HeaderCsvFormatFactory.headerLine(columns, s), StandardCharsets.UTF_8);
    }

    @Test
    void flinkFindsTheFormatAsBulkReaderAndWriterAndTheCatalogAcceptsIt() {
        List<Factory> found = ServiceLoader.load(Factory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.factoryIdentifier().equals("lakejob-csv"))
                .toList();
        assertThat(found).singleElement().isInstanceOf(BulkReaderFormatFactory.class);
        assertThat(found.get(0)).isInstanceOf(BulkWriterFormatFactory.class);
        CatalogHandlers.requireFormat("CreateTable", HeaderCsvFormatFactory.IDENTIFIER);
        assertThat(found.get(0).optionalOptions())
                .extracting(o -> o.key())
                .contains(
                        "header",
                        "field-delimiter",
                        "quote-character",
                        "escape-character",
                        "ignore-parse-errors",
                        "allow-comments",
                        "null-literal");
    }

    @Test
    void settingsFollowFlinksCsvOptionsWithTheHeaderOnByDefault() {
        HeaderCsvFormatFactory.Settings d = settings();
        assertThat(d.header()).isTrue();
        assertThat(d.delimiter()).isEqualTo(',');
        assertThat(d.quote()).isEqualTo('"');
        assertThat(d.escape()).isNull();
        assertThat(d.allowComments()).isFalse();

        HeaderCsvFormatFactory.Settings s = settings(
                "header", "false",
                "field-delimiter", "\\t",
                "quote-character", "'",
                "escape-character", "\\",
                "allow-comments", "true");
        assertThat(s).isEqualTo(new HeaderCsvFormatFactory.Settings(false, '\t', '\'', '\\', true));
        assertThat(settings("disable-quote-character", "true").quote()).isNull();
        assertThat(settings("field-delimiter", "\\u0001").delimiter()).isEqualTo('\u0001');
        assertThat(settings("field-delimiter", "|").delimiter()).isEqualTo('|');
    }

    @Test
    void quoteAndEscapeMustBeAsciiAndBadDelimiterEscapesAreRefused() {
        assertThatThrownBy(() -> settings("quote-character", "«"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ASCII");
        assertThatThrownBy(() -> settings("escape-character", "€"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ASCII");
        assertThatThrownBy(() -> settings("field-delimiter", "\\u12"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("field-delimiter");
    }

    @Test
    void theHeaderLineJoinsTheColumnNamesAndQuotesThoseThatNeedIt() {
        assertThat(header(List.of("id", "name"), settings())).isEqualTo("id,name\n");
        assertThat(header(List.of("id", "name"), settings("field-delimiter", ";")))
                .isEqualTo("id;name\n");
        assertThat(header(List.of("a,b", "say \"x\"", "two\nlines", ""), settings()))
                .isEqualTo("\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\"\"\n");
        assertThat(header(List.of("a|b", "c"), settings("field-delimiter", "|", "quote-character", "'")))
                .isEqualTo("'a|b'|c\n");
        assertThat(header(List.of("#id", "n"), settings("allow-comments", "true")))
                .as("a first name starting with # would read as a comment")
                .isEqualTo("\"#id\",n\n");
        assertThat(header(List.of("a,b"), settings("disable-quote-character", "true")))
                .isEqualTo("a,b\n");
    }
}
