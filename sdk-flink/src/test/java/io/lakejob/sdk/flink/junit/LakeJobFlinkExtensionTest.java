package io.lakejob.sdk.flink.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.flink.internal.targets.local.LocalTarget;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link IsolatedClient}: fixture classes (static nested classes, which the build's own test run
 * does not pick up) run through a launcher of this test's, one after the other and in parallel.
 */
class LakeJobFlinkExtensionTest {
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    static final String SQL =
            """
            CREATE TABLE numbers (n INT) WITH (
              'connector' = 'datagen',
              'fields.n.kind' = 'sequence',
              'fields.n.start' = '1',
              'fields.n.end' = '10'
            );
            SELECT COUNT(*) AS c FROM numbers
            """;

    static List<String> variables(LakeJobClient client) {
        return client.variables().list(ListGlobalVariablesRequest.builder().build()).globalVars().stream()
                .map(GlobalVariable::varName)
                .collect(Collectors.toList());
    }

    /** Runs a tiny SQL job to its end on the client and returns its platform job id. */
    static long runJob(LakeJobClient client, String name) {
        long id = client.jobs()
                .createSqlJob(j -> j.name(name).sqlBody(SQL).parallelNumber(1))
                .job()
                .jobId();
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(3));
        assertThat(client.flink().jobData(String.valueOf(id)).rows()).hasSize(1);
        return id;
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    @IsolatedClient
    static class IsolatedA {
        @BeforeAll
        static void create(LakeJobClient client) {
            client.variables().create(v -> v.varName("made_by_a").varValue("1"));
            SEEN.put("A", client);
            SEEN.put("A.holders", LocalTarget.sharedClusterHolders());
        }

        @Test
        void seesWhatItMade(LakeJobClient client) {
            assertThat(client).isSameAs(SEEN.get("A"));
            assertThat(variables(client)).contains("made_by_a");
            SEEN.put("A.job", runJob(client, "a_job"));
        }

        @Nested
        class Inner {
            @Test
            void sharesTheEnclosingClassesClient(LakeJobClient client) {
                assertThat(client).isSameAs(SEEN.get("A"));
                assertThat(variables(client)).contains("made_by_a");
            }
        }

        @Nested
        @IsolatedClient
        class OwnInner {
            @Test
            void hasAFreshClientOnTheSameCluster(LakeJobClient client) {
                assertThat(client).isNotSameAs(SEEN.get("A"));
                assertThat(variables(client)).doesNotContain("made_by_a");
                SEEN.put("OwnInner.holders", LocalTarget.sharedClusterHolders());
                SEEN.put("OwnInner", client);
            }
        }
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    @IsolatedClient
    static class IsolatedB {
        @Test
        void startsEmptyWithItsOwnJobIds(LakeJobClient client) {
            SEEN.put("B", client);
            assertThat(variables(client)).doesNotContain("made_by_a");
            long id = runJob(client, "b_job");
            SEEN.put("B.job", id);
        }
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    static class SharedC {
        @Test
        void getsTheRunsSharedClient(LakeJobClient client) {
            SEEN.put("C", client);
            client.variables().create(v -> v.varName("made_by_c").varValue("1"));
        }
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    static class SharedD {
        @Test
        void seesWhatTheSharedClientMadeBefore(LakeJobClient client) {
            assertThat(client).isSameAs(SEEN.get("C"));
            assertThat(variables(client)).contains("made_by_c");
        }
    }

    private static TestExecutionSummary launch(boolean parallel, Class<?>... classes) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> c : classes) {
            request.selectors(selectClass(c));
        }
        if (parallel) {
            request.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2");
        }
        LauncherDiscoveryRequest discovery = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(discovery, listener);
        return listener.getSummary();
    }

    private static void assertAllPassed(TestExecutionSummary summary, int tests) {
        StringBuilder failures = new StringBuilder();
        summary.getFailures().forEach(f -> failures.append(f.getTestIdentifier().getDisplayName())
                .append(": ")
                .append(f.getException())
                .append('\n'));
        assertThat(failures.toString()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(tests);
    }

    @Test
    void isolatedClassesGetTheirOwnClientsOnOneSharedClusterAndNestedClassesFollow() {
        SEEN.clear();
        int holdersBefore = LocalTarget.sharedClusterHolders();
        Set<Path> foldersBefore = LakeJobFlinkExtension.TempFolders.live();

        assertAllPassed(launch(false, IsolatedA.class, IsolatedB.class, SharedC.class, SharedD.class), 6);

        assertThat((int) SEEN.get("OwnInner.holders"))
                .as("the nested class's own client joined the cluster A's client holds")
                .isEqualTo((int) SEEN.get("A.holders") + 1);
        assertThat(SEEN.get("B")).isNotSameAs(SEEN.get("A")).isNotSameAs(SEEN.get("C"));
        assertThat(SEEN.get("B.job")).as("job ids are the client's own").isEqualTo(SEEN.get("A.job"));
        for (String closed : List.of("A", "OwnInner", "B", "C")) {
            LakeJobClient client = (LakeJobClient) SEEN.get(closed);
            assertThat(catchThrowable(() -> variables(client)))
                    .as("%s's client is closed with its class (or its launcher run)", closed)
                    .isInstanceOf(LakeJobException.class)
                    .hasMessageContaining("closed");
        }
        assertThat(LocalTarget.sharedClusterHolders()).isEqualTo(holdersBefore);
        assertThat(LakeJobFlinkExtension.TempFolders.live())
                .as("the clients' folders are gone")
                .isEqualTo(foldersBefore);
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    @IsolatedClient
    static class ParallelOne {
        @Test
        void runs(LakeJobClient client) {
            SEEN.put("P1", runJob(client, "same_name"));
        }
    }

    @ExtendWith(LakeJobFlinkExtension.class)
    @IsolatedClient
    static class ParallelTwo {
        @Test
        void runs(LakeJobClient client) {
            SEEN.put("P2", runJob(client, "same_name"));
        }
    }

    @Test
    void isolatedClassesRunInParallelOnTheSharedCluster() {
        SEEN.clear();
        Set<Path> foldersBefore = LakeJobFlinkExtension.TempFolders.live();
        assertAllPassed(launch(true, ParallelOne.class, ParallelTwo.class), 2);
        assertThat(SEEN).containsKeys("P1", "P2");
        assertThat(LakeJobFlinkExtension.TempFolders.live()).isEqualTo(foldersBefore);
    }

    @Test
    void temporaryFoldersAreDeletedWithTheirContent() throws Exception {
        Set<Path> before = LakeJobFlinkExtension.TempFolders.live();
        Path folder = LakeJobFlinkExtension.TempFolders.create();
        assertThat(LakeJobFlinkExtension.TempFolders.live())
                .hasSize(before.size() + 1)
                .contains(folder);
        Files.createDirectories(folder.resolve("warehouse/db/table"));
        Files.writeString(folder.resolve("warehouse/db/table/part-0.csv"), "1,2");
        LakeJobFlinkExtension.TempFolders.delete(folder);
        assertThat(folder).doesNotExist();
        assertThat(LakeJobFlinkExtension.TempFolders.live()).isEqualTo(before);
    }
}
