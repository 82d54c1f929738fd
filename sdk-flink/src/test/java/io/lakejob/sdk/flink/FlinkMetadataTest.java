package io.lakejob.sdk.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.template.JobTemplate;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LakeJobFlinkExtension.class)
class FlinkMetadataTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static long countOf(LakeJobClient client, long id) {
        client.jobs().run(id);
        client.jobs().waitUntil(id, JobStatus.JOB_FINISH, Duration.ofMinutes(2));
        return ((Number)
                        client.flink().jobData(String.valueOf(id)).rows().get(0).get("c"))
                .longValue();
    }

    @Test
    void globalVariablesAreSubstitutedIntoTheSqlThatRuns(LakeJobClient client) {
        String rows = unique("rows_");
        client.variables().create(v -> v.varName(rows).varValue("6"));
        String sql = "CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='${" + rows + "}');\n"
                + "SELECT COUNT(*) AS c FROM T";
        long id = client.jobs()
                .createSqlJob(j -> j.name(unique("var-")).sqlBody(sql))
                .jobId();
        assertThat(countOf(client, id)).isEqualTo(6L);

        client.variables().update(rows, "9");
        assertThat(countOf(client, id)).isEqualTo(9L);

        assertThatThrownBy(() -> client.variables().create(v -> v.varName(rows).varValue("1")))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0006"));
        client.variables().delete(rows);
        assertThat(client.variables()
                        .listAll(ListGlobalVariablesRequest.builder().build()))
                .extracting(GlobalVariable::varName)
                .doesNotContain(rows);
    }

    @Test
    void sensitiveValuesAreMaskedWhenListedButUsedInFull(LakeJobClient client) {
        String name = unique("secret_");
        client.variables().create(v -> v.varName(name).varValue("3").isSensitive(true));
        GlobalVariable listed = client
                .variables()
                .listAll(ListGlobalVariablesRequest.builder().build())
                .stream()
                .filter(v -> v.varName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(listed.varValue()).isNotEqualTo("3");
        String sql = "CREATE TABLE T (a INT) WITH ('connector'='datagen','number-of-rows'='${" + name + "}');\n"
                + "SELECT COUNT(*) AS c FROM T";
        assertThat(countOf(
                        client,
                        client.jobs()
                                .createSqlJob(j -> j.name(unique("sv-")).sqlBody(sql))
                                .jobId()))
                .isEqualTo(3L);
        client.variables().delete(name);
    }

    @Test
    void aTemplateFillsTheSqlOfAJobCreatedFromIt(LakeJobClient client) {
        String name = unique("tpl-");
        long templateId = client.templates()
                .create(t -> t.name(name)
                        .sqlBody("CREATE TABLE T (a INT) WITH ('connector'='datagen',"
                                + "'number-of-rows'='5'); SELECT COUNT(*) AS c FROM T"))
                .templateId();
        assertThat(client.templates().list(l -> l.name(name)).items())
                .extracting(JobTemplate::templateId)
                .containsExactly(templateId);
        long id = client.jobs()
                .createSqlJob(j -> j.name(unique("fromtpl-")).templateId(templateId))
                .jobId();
        assertThat(client.jobs().get(id).jobDetail().sqlBody()).contains("number-of-rows");
        assertThat(countOf(client, id)).isEqualTo(5L);

        client.templates().update(u -> u.templateId(templateId)
                .sqlBody("CREATE TABLE T (a INT) WITH "
                        + "('connector'='datagen','number-of-rows'='2'); SELECT COUNT(*) AS c FROM T"));
        long second = client.jobs()
                .createSqlJob(j -> j.name(unique("fromtpl-")).templateId(templateId))
                .jobId();
        assertThat(countOf(client, second)).isEqualTo(2L);

        client.templates().delete(templateId);
        assertThatThrownBy(() ->
                        client.jobs().createSqlJob(j -> j.name(unique("gone-")).templateId(templateId)))
                .isInstanceOfSatisfying(
                        ServiceException.class, e -> assertThat(e.errorCode()).isEqualTo("DLI.0002"));
    }
}
