package io.lakejob.sdk.cloud.internal.codec;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.cloud.internal.http.WireLog;
import io.lakejob.sdk.model.batch.Batch;
import io.lakejob.sdk.model.batch.BatchResource;
import io.lakejob.sdk.model.batch.BatchResourceGroup;
import io.lakejob.sdk.model.batch.BatchState;
import io.lakejob.sdk.model.batch.CancelBatchResponse;
import io.lakejob.sdk.model.batch.CreateBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchLogResponse;
import io.lakejob.sdk.model.batch.GetBatchStateResponse;
import io.lakejob.sdk.model.batch.ListBatchesResponse;
import io.lakejob.sdk.model.batch.ScType;
import io.lakejob.sdk.spi.BatchOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire mapping of the Spark batch operations, reference sections 10.1.1 to 10.1.6.
 *
 * <p>The create body follows the official {@code huaweicloud-sdk-dli} model
 * ({@code CreateSparkJobRequestBody}) where it differs from this edition of the reference: the
 * service is Livy-based and takes {@code className}, {@code pyFiles}, {@code driverMemory},
 * {@code driverCores}, {@code executorMemory}, {@code executorCores} and {@code numExecutors} in
 * camelCase (later editions of the reference spell them so too; this one writes
 * {@code class_name}, {@code python_files}, {@code driver_memory}...). The other fields keep their
 * snake_case names ({@code cluster_name}, {@code sc_type}, {@code obs_bucket},
 * {@code auto_recovery}, {@code max_retry_times}, {@code catalog_name}), and {@code conf} goes out
 * as an object of settings, as the official SDK sends it.
 */
final class BatchCodecs {
    private BatchCodecs() {}

    /**
     * The batch codecs.
     *
     * @return the codecs
     */
    static List<OperationCodec<?, ?>> all() {
        return List.of(
                // 10.1.1 POST /v2.0/{project_id}/batches
                RestCodec.of(BatchOperations.CREATE_BATCH)
                        .body(BatchCodecs::createBody)
                        .decodeAs(WireBatch.class, WireBatch::toBatch)
                        .build(),
                // 10.1.2 DELETE /v2.0/{project_id}/batches/{batch_id}
                RestCodec.of(BatchOperations.CANCEL_BATCH)
                        .path(r -> Map.of("batch_id", r.batchId()))
                        .decode(body -> new CancelBatchResponse(WireValues.text(body.get("msg"))))
                        .build(),
                // 10.1.3 GET /v2.0/{project_id}/batches
                RestCodec.of(BatchOperations.LIST_BATCHES)
                        .query((r, q) -> q.add("job_name", r.jobName())
                                .add("job_id", r.jobId())
                                .add("cluster_name", r.clusterName())
                                .add("queue_name", r.queueName())
                                .add("from", r.from())
                                .add("size", r.size())
                                .add("state", r.state())
                                .add("owner", r.owner()))
                        .decodeAs(WireBatches.class, w -> {
                            List<Batch> sessions = new ArrayList<>();
                            for (WireBatch b : WireValues.nonNull(w.sessions())) {
                                sessions.add(b.toBatch());
                            }
                            return new ListBatchesResponse(
                                    w.from(), w.total(), sessions, WireValues.epochMillisOrUnset(w.createTime()));
                        })
                        .build(),
                // 10.1.4 GET /v2.0/{project_id}/batches/{batch_id}
                RestCodec.of(BatchOperations.GET_BATCH)
                        .path(r -> Map.of("batch_id", r.batchId()))
                        .decodeAs(WireBatch.class, WireBatch::toBatch)
                        .build(),
                // 10.1.5 GET /v2.0/{project_id}/batches/{batch_id}/state
                RestCodec.of(BatchOperations.GET_BATCH_STATE)
                        .path(r -> Map.of("batch_id", r.batchId()))
                        .decodeAs(WireState.class, w -> {
                            return new GetBatchStateResponse(w.id(), WireValues.enumValue(w.state(), BatchState::of));
                        })
                        .build(),
                // 10.1.6 GET /v2.0/{project_id}/batches/{batch_id}/log
                RestCodec.of(BatchOperations.GET_BATCH_LOG)
                        .path(r -> Map.of("batch_id", r.batchId()))
                        .query((r, q) -> q.add("from", r.from())
                                .add("size", r.size())
                                .add("type", r.type())
                                .add("index", r.index()))
                        .decodeAs(WireLog.class, w -> {
                            return new GetBatchLogResponse(w.id(), w.from(), w.total(), WireValues.strings(w.log()));
                        })
                        .build());
    }

    private static Object createBody(CreateBatchRequest r) {
        return JsonBody.object()
                .put("file", r.file())
                .put("className", r.className())
                .put("queue", r.queue())
                .put("cluster_name", r.clusterName())
                .put("args", r.args())
                .put("sc_type", r.scType())
                .put("jars", r.jars())
                .put("pyFiles", r.pythonFiles())
                .put("files", r.files())
                .put("modules", r.modules())
                .put("resources", resources(r.resources()))
                .put("groups", groups(r.groups()))
                .put("conf", r.conf().isEmpty() ? null : new LinkedHashMap<>(r.conf()))
                .put("name", r.name())
                .put("driverMemory", r.driverMemory())
                .put("driverCores", r.driverCores())
                .put("executorMemory", r.executorMemory())
                .put("executorCores", r.executorCores())
                .put("numExecutors", r.numExecutors())
                .put("obs_bucket", r.obsBucket())
                .put("auto_recovery", r.autoRecovery())
                .put("max_retry_times", r.maxRetryTimes())
                .put("catalog_name", r.catalogName())
                .toMap();
    }

    private static List<Object> resources(List<BatchResource> resources) {
        List<Object> out = new ArrayList<>();
        for (BatchResource res : resources) {
            out.add(JsonBody.object().put("name", res.name()).put("type", res.type()));
        }
        return out;
    }

    private static List<Object> groups(List<BatchResourceGroup> groups) {
        List<Object> out = new ArrayList<>();
        for (BatchResourceGroup g : groups) {
            out.add(JsonBody.object().put("name", g.name()).put("resources", resources(g.resources())));
        }
        return out;
    }

    record WireState(String id, String state) {}

    public record WireLog(String id, Integer from, Long total, JsonNode log) {}

    record WireBatches(
            Integer from, Integer total, List<WireBatch> sessions, @JsonAlias("createTime") Long createTime) {}

    /** A batch job; {@code appId} arrives as an array, a string, {@code ""} or {@code null}. */
    record WireBatch(
            String id,
            @JsonAlias({"appId", "appid"}) JsonNode appId,
            String name,
            String owner,
            @JsonAlias("proxyUser") String proxyUser,
            String state,
            String kind,
            JsonNode log,
            @JsonAlias("scType") String scType,
            @JsonAlias("clusterName") String clusterName,
            String queue,
            @JsonAlias("createTime") Long createTime,
            @JsonAlias("updateTime") Long updateTime,
            Long duration,
            String image) {

        Batch toBatch() {
            return Batch.builder()
                    .id(id)
                    .appId(WireValues.strings(appId))
                    .name(name)
                    .owner(owner)
                    .proxyUser(proxyUser)
                    .state(WireValues.enumValue(state, BatchState::of))
                    .kind(kind)
                    .log(WireValues.strings(log))
                    .scType(WireValues.enumValue(scType, ScType::of))
                    .clusterName(clusterName)
                    .queue(queue)
                    .createTime(WireValues.epochMillisOrUnset(createTime))
                    .updateTime(WireValues.epochMillisOrUnset(updateTime))
                    .duration(duration)
                    .image(image)
                    .build();
        }
    }
}
