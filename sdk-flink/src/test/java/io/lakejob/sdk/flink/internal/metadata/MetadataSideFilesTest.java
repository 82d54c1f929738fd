package io.lakejob.sdk.flink.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationFeature;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side files of the directory store (a finished query's rows, {@link MetadataSqlJobs}) and
 * how stored result values get their Java types back.
 */
class MetadataSideFilesTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sideFilesAreWrittenByTheWriterOnlyAndReadByAnyone(@TempDir Path dir) throws IOException {
        try (DirectoryMetadataStore writer = new DirectoryMetadataStore(dir)) {
            writer.writeFile("sql_results", "a.json", bytes("first"));
            writer.writeFile("sql_results", "a.json", bytes("second"));
            try (DirectoryMetadataStore reader = new DirectoryMetadataStore(dir)) {
                assertThat(reader.writable()).isFalse();
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> reader.writeFile("sql_results", "b.json", bytes("refused")))
                        .hasMessageContaining("only reads it");
                assertThat(reader.readFile("sql_results", "a.json")).isEqualTo(bytes("second"));
                assertThat(reader.readFile("sql_results", "b.json")).isNull();
            }
        }
        assertThat(dir.resolve("sql_results").resolve("b.json")).doesNotExist();
        if (MetadataFiles.permissions(dir) != null) {
            assertThat(MetadataFiles.permissions(dir.resolve("sql_results"))).isEqualTo("rwx------");
            assertThat(MetadataFiles.permissions(dir.resolve("sql_results").resolve("a.json")))
                    .isEqualTo("rw-------");
        }
        InMemoryMetadataStore memory = new InMemoryMetadataStore();
        memory.writeFile("sql_results", "a.json", bytes("x"));
        assertThat(memory.readFile("sql_results", "a.json")).isNull();
    }

    @Test
    void aCrashLeftoverInASideFolderGoesAndBadNamesAreRefused(@TempDir Path dir) throws IOException {
        try (DirectoryMetadataStore s = new DirectoryMetadataStore(dir)) {
            s.writeFile("sql_results", "a.json", bytes("kept"));
        }
        Path leftover = Files.writeString(dir.resolve("sql_results").resolve(".b.json.123.tmp"), "half");
        try (DirectoryMetadataStore s = new DirectoryMetadataStore(dir)) {
            s.writeFile("sql_results", "c.json", bytes("new"));
            assertThat(leftover).doesNotExist();
            assertThat(s.readFile("sql_results", "a.json")).isEqualTo(bytes("kept"));
            for (String bad : List.of("../a.json", "a/b.json", ".hidden", "")) {
                assertThatThrownBy(() -> s.writeFile("sql_results", bad, bytes("x")))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> s.readFile("sql_results", bad)).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> s.writeFile("../up", "a.json", bytes("x")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void storedResultValuesGetTheTypesOfTheirColumnsBack() throws IOException {
        List<Object> row = Arrays.asList(
                (byte) -3,
                (short) 300,
                7,
                9_000_000_000L,
                1.5f,
                0.1d,
                Double.NaN,
                Float.NEGATIVE_INFINITY,
                new BigDecimal("12345678901234567890.120"),
                "text",
                null,
                true,
                "2024-01-02");
        List<String> types = List.of(
                "tinyint",
                "smallint not null",
                "int",
                "bigint",
                "float",
                "double",
                "double",
                "float",
                "decimal(38, 3)",
                "string",
                "int",
                "boolean",
                "date");
        JsonNode stored = MetadataJson.mapper()
                .reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(MetadataJson.mapper().writeValueAsBytes(row));
        for (int i = 0; i < row.size(); i++) {
            Object back = MetadataSqlJobs.value(stored.get(i), types.get(i));
            assertThat(back).as(types.get(i)).isEqualTo(row.get(i));
            if (back != null) {
                assertThat(back.getClass())
                        .as(types.get(i))
                        .isEqualTo(row.get(i).getClass());
            }
        }
    }
}
