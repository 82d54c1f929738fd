package io.lakejob.sdk.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue holds every one of the 82 operations of the DLI reference, exactly as listed. */
class OperationsCatalogueTest {

    record Row(String section, String method, String path) {}

    static List<Row> endpoints() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        OperationsCatalogueTest.class.getResourceAsStream("/io/lakejob/sdk/dli-endpoints.tsv"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] f = line.split("\t");
                    rows.add(new Row(f[0], f[1], f[2]));
                }
            }
        }
        return rows;
    }

    @Test
    void everyReferenceEndpointHasExactlyOneOperation() throws IOException {
        List<Row> rows = endpoints();
        assertThat(rows).hasSize(82);
        Map<String, Operation<?, ?>> bySection = Operations.all().stream()
                .filter(Operation::hasRestBinding)
                .collect(Collectors.toMap(Operation::section, Function.identity()));
        assertThat(bySection).hasSize(82);
        for (Row row : rows) {
            Operation<?, ?> op = bySection.get(row.section());
            assertThat(op).as("operation for section %s", row.section()).isNotNull();
            assertThat(op.method().name()).as("method of %s", op).isEqualTo(row.method());
            assertThat(op.pathTemplate()).as("path of %s", op).isEqualTo(row.path());
        }
    }

    @Test
    void namesAreUniqueAndPlatformOperationsHaveNoRestBinding() {
        Set<String> names = new TreeSet<>();
        for (Operation<?, ?> op : Operations.all()) {
            assertThat(names.add(op.name())).as("duplicate name %s", op.name()).isTrue();
            assertThat(Operations.byName(op.name())).containsSame(op);
        }
        List<Operation<?, ?>> platform = Operations.all().stream()
                .filter(op -> op.group() == OperationGroup.FLINK_PLATFORM)
                .collect(Collectors.toList());
        assertThat(platform).isNotEmpty().allSatisfy(op -> assertThat(op.hasRestBinding())
                .isFalse());
        assertThat(Operations.all()).hasSize(82 + platform.size());
    }

    @Test
    void onlyPostIsTreatedAsNonIdempotent() {
        for (Operation<?, ?> op : Operations.all()) {
            if (op.hasRestBinding()) {
                assertThat(op.idempotent()).as(op.name()).isEqualTo(op.method() != HttpMethod.POST);
            }
        }
    }
}
