package io.lakejob.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The business-app example against the loopback DLI stand-in, every scenario. */
class BusinessAppTest {
    @Test
    void reportsAndHandlesEachFailureByItsType() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, List<String>> r =
                BusinessApp.runAgainstStandIn(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // Submitted, waited for, first page (page-size 3 of the 5 rows).
        assertThat(r.get("report"))
                .hasSize(5)
                .satisfies(l -> assertThat(l.get(0)).matches("job [0-9a-f-]{36} finished; first 3 rows:"))
                .endsWith("region | orders", "north | 1200", "east | 950", "south | 730");
        // Refused before any I/O, naming the field.
        assertThat(r.get("validation"))
                .singleElement()
                .asString()
                .startsWith("invalid request, nothing sent: queue_name");
        // The service's error, with its code, status and request id.
        assertThat(r.get("service"))
                .containsExactly(
                        "service error DLI.0002 (HTTP 400, request id standin-1): There is no queue named nightly");
        // A lost answer: the job is found by its client token and not submitted twice.
        assertThat(r.get("outcome-unknown").get(0))
                .matches("the submit's answer was lost; client token [0-9a-f-]{36} found as job [0-9a-f-]{36}");
        assertThat(r.get("outcome-unknown")).contains("north | 1200");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("The stand-in received 2 submits for 2 jobs that ran");
    }
}
