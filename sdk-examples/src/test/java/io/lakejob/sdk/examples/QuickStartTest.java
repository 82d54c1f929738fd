package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void quickStartPrintsTheAggregateComputedByFlink() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SqlExecutionResult result = QuickStart.run("flink:local", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(result.rows()).singleElement().satisfies(r -> assertThat(((Number) r.get("numtotal")).longValue())
                .isEqualTo(1001000L));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("ordertotal | numtotal").contains("1 | 1001000");
    }
}
