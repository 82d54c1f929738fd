package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.batch.Batch;
import io.lakejob.sdk.model.batch.CancelBatchRequest;
import io.lakejob.sdk.model.batch.CancelBatchResponse;
import io.lakejob.sdk.model.batch.CreateBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchLogRequest;
import io.lakejob.sdk.model.batch.GetBatchLogResponse;
import io.lakejob.sdk.model.batch.GetBatchRequest;
import io.lakejob.sdk.model.batch.GetBatchStateRequest;
import io.lakejob.sdk.model.batch.GetBatchStateResponse;
import io.lakejob.sdk.model.batch.ListBatchesRequest;
import io.lakejob.sdk.model.batch.ListBatchesResponse;

/** The Spark batch (reference chapter 10) operations. */
public final class BatchOperations {
    private BatchOperations() {}

    /** 10.1.1 Create a batch job. */
    public static final Operation<CreateBatchRequest, Batch> CREATE_BATCH = Operation.rest(
            "CreateBatch",
            "10.1.1",
            OperationGroup.BATCHES,
            HttpMethod.POST,
            "/v2.0/{project_id}/batches",
            CreateBatchRequest.class,
            Batch.class);

    /** 10.1.2 Cancel a batch job. */
    public static final Operation<CancelBatchRequest, CancelBatchResponse> CANCEL_BATCH = Operation.rest(
            "CancelBatch",
            "10.1.2",
            OperationGroup.BATCHES,
            HttpMethod.DELETE,
            "/v2.0/{project_id}/batches/{batch_id}",
            CancelBatchRequest.class,
            CancelBatchResponse.class);

    /** 10.1.3 List batch jobs. */
    public static final Operation<ListBatchesRequest, ListBatchesResponse> LIST_BATCHES = Operation.rest(
            "ListBatches",
            "10.1.3",
            OperationGroup.BATCHES,
            HttpMethod.GET,
            "/v2.0/{project_id}/batches",
            ListBatchesRequest.class,
            ListBatchesResponse.class);

    /** 10.1.4 Describe a batch job. */
    public static final Operation<GetBatchRequest, Batch> GET_BATCH = Operation.rest(
            "GetBatch",
            "10.1.4",
            OperationGroup.BATCHES,
            HttpMethod.GET,
            "/v2.0/{project_id}/batches/{batch_id}",
            GetBatchRequest.class,
            Batch.class);

    /** 10.1.5 Read a batch job's state. */
    public static final Operation<GetBatchStateRequest, GetBatchStateResponse> GET_BATCH_STATE = Operation.rest(
            "GetBatchState",
            "10.1.5",
            OperationGroup.BATCHES,
            HttpMethod.GET,
            "/v2.0/{project_id}/batches/{batch_id}/state",
            GetBatchStateRequest.class,
            GetBatchStateResponse.class);

    /** 10.1.6 Read a batch job's log. */
    public static final Operation<GetBatchLogRequest, GetBatchLogResponse> GET_BATCH_LOG = Operation.rest(
            "GetBatchLog",
            "10.1.6",
            OperationGroup.BATCHES,
            HttpMethod.GET,
            "/v2.0/{project_id}/batches/{batch_id}/log",
            GetBatchLogRequest.class,
            GetBatchLogResponse.class);
}
