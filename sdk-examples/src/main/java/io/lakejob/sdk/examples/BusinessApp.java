package io.lakejob.sdk.examples;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.cloud.Reconcile;
import io.lakejob.sdk.examples.standin.DliStandIn;
import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlColumn;
import io.lakejob.sdk.model.sql.SqlJob;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A business application on a DLI-compatible service: the REST transport with credentials from the
 * default chain, a SQL statement job submitted, waited for and the first page of its result read,
 * and each kind of failure handled by its type: a request refused before any I/O
 * ({@link ValidationException}), an error answer of the service ({@link ServiceException}, with its
 * error code and request id), and a submit whose answer was lost ({@link OutcomeUnknownException},
 * found again with {@link Reconcile} instead of being submitted twice).
 *
 * <p>{@code mvn -q -pl sdk-examples -am compile exec:exec -Dexec.mainClass=io.lakejob.sdk.examples.BusinessApp}
 * runs it against {@link DliStandIn}, a loopback stand-in of the service, which also loses one
 * answer on purpose. With an endpoint as the first argument (and credentials and a project id in the
 * environment, see {@link DefaultCredentialsChain}) it runs the first scenario against that service.
 */
public final class BusinessApp {
    /** The report's query. */
    public static final String SQL = "SELECT region, orders FROM dli_demo.orders_by_region";

    /** The page size of the result preview (7.3.6 answers at most 1000 rows at once). */
    public static final long PAGE_SIZE = 3;

    private BusinessApp() {}

    /**
     * Runs the example.
     *
     * @param args optional endpoint of a real service
     * @throws IOException when the stand-in cannot start
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            // The default chain: lakejob.* system properties, LAKEJOB_* or HUAWEICLOUD_SDK_* variables,
            // then ~/.lakejob/credentials.
            try (LakeJobClient client = LakeJobClient.builder()
                    .endpoint(args[0])
                    .credentialsProvider(DefaultCredentialsChain.create())
                    .build()) {
                report(client, SQL, null, System.out);
            }
            return;
        }
        runAgainstStandIn(System.out);
    }

    /**
     * Every scenario against a fresh stand-in, with credentials that reach the client through the
     * default chain (here an environment of the official SDK's variables, as a CI job sets them).
     *
     * @param out where to print
     * @return what each scenario printed, by name: {@code report}, {@code validation}, {@code service},
     *     {@code outcome-unknown}
     * @throws IOException when the stand-in cannot start
     */
    public static Map<String, List<String>> runAgainstStandIn(PrintStream out) throws IOException {
        String project = "48cc2c48765f481480c7db940d6409d1";
        Map<String, List<String>> results = new LinkedHashMap<>();
        try (DliStandIn dli = DliStandIn.start(project, "EXAMPLEAK7NQ3LQ0Z", "example-secret-key-of-the-stand-in")) {
            Map<String, String> schema = new LinkedHashMap<>();
            schema.put("region", "string");
            schema.put("orders", "bigint");
            dli.result(
                    schema,
                    List.of(
                            List.of("north", 1200),
                            List.of("east", 950),
                            List.of("south", 730),
                            List.of("west", 410),
                            List.of("central", 120)));
            DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                    .systemProperties(Map.of())
                    .environment(Map.of(
                            DefaultCredentialsChain.HUAWEICLOUD_ACCESS_KEY, "EXAMPLEAK7NQ3LQ0Z",
                            DefaultCredentialsChain.HUAWEICLOUD_SECRET_KEY, "example-secret-key-of-the-stand-in",
                            DefaultCredentialsChain.HUAWEICLOUD_PROJECT_ID, project))
                    .build();
            try (LakeJobClient client = LakeJobClient.builder()
                    .endpoint(dli.endpoint())
                    .credentialsProvider(chain)
                    .build()) {
                results.put("report", report(client, SQL, null, out));
                results.put("validation", report(client, SQL, "not a queue!", out));
                results.put("service", report(client, SQL, "nightly", out));
                dli.loseNextAnswer();
                results.put("outcome-unknown", report(client, SQL, "default", out));
                out.println("The stand-in received " + dli.submittedJobs() + " submits for 2 jobs that ran");
            }
        }
        return results;
    }

    /**
     * Submits the query, waits for it and prints the first page of its result; every failure is
     * handled by its type.
     *
     * @param client the client
     * @param sql the query
     * @param queue the queue, or {@code null} for the service's default
     * @param out where to print
     * @return the lines printed
     */
    public static List<String> report(LakeJobClient client, String sql, String queue, PrintStream out) {
        List<String> lines = new ArrayList<>();
        try {
            SubmitSqlJobRequest request = SubmitSqlJobRequest.of(sql, queue);
            String jobId = submitOnce(client, request, lines);
            client.sql().waitUntilFinished(jobId, Duration.ofMinutes(10));
            PreviewSqlJobResultResponse page =
                    client.sql().preview(p -> p.jobId(jobId).pageSize(PAGE_SIZE));
            lines.add("job " + jobId + " finished; first " + page.rows().size() + " rows:");
            lines.add(String.join(
                    " | ", page.schema().stream().map(SqlColumn::name).toList()));
            for (List<Object> row : page.rows()) {
                lines.add(String.join(" | ", row.stream().map(String::valueOf).toList()));
            }
        } catch (ValidationException e) {
            // Refused before any I/O: the request breaks a documented rule. Fix the input.
            lines.add("invalid request, nothing sent: " + e.getMessage());
        } catch (ServiceException e) {
            // The service answered with an error: keep its code and request id for support.
            lines.add("service error " + e.errorCode() + " (HTTP " + e.statusCode() + ", request id " + e.requestId()
                    + "): " + e.errorMessage());
        } catch (JobStateException e) {
            lines.add("the job ended " + e.status() + ": " + e.getMessage());
        }
        lines.forEach(out::println);
        return lines;
    }

    /**
     * Submits once: when the answer is lost ({@link OutcomeUnknownException}), the job is looked up
     * by the client token the SDK tagged it with, and submitted again only if the service never got it.
     */
    private static String submitOnce(LakeJobClient client, SubmitSqlJobRequest request, List<String> lines) {
        try {
            return client.sql().submit(request).jobId();
        } catch (OutcomeUnknownException e) {
            Optional<SqlJob> sent = Reconcile.findSqlJob(client.sql(), e);
            lines.add("the submit's answer was lost; client token " + e.clientToken() + " "
                    + (sent.isPresent() ? "found as job " + sent.get().jobId() : "not found: submitting again"));
            return sent.map(SqlJob::jobId)
                    .orElseGet(() -> client.sql().submit(request).jobId());
        }
    }
}
