package io.lakejob.sdk.internal;

import io.lakejob.sdk.SqlJobClient;
import io.lakejob.sdk.StatusListener;
import io.lakejob.sdk.WaitOptions;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.sql.CancelSqlJobRequest;
import io.lakejob.sdk.model.sql.CheckSqlRequest;
import io.lakejob.sdk.model.sql.CheckSqlResponse;
import io.lakejob.sdk.model.sql.ExportSqlJobResultRequest;
import io.lakejob.sdk.model.sql.ExportTableRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailRequest;
import io.lakejob.sdk.model.sql.GetSqlJobDetailResponse;
import io.lakejob.sdk.model.sql.GetSqlJobProgressRequest;
import io.lakejob.sdk.model.sql.GetSqlJobProgressResponse;
import io.lakejob.sdk.model.sql.GetSqlJobStatusRequest;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.ImportTableRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsRequest;
import io.lakejob.sdk.model.sql.ListSqlJobsResponse;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultRequest;
import io.lakejob.sdk.model.sql.PreviewSqlJobResultResponse;
import io.lakejob.sdk.model.sql.SqlJobStartedResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.model.sql.SubmitSqlJobRequest;
import io.lakejob.sdk.model.sql.SubmitSqlJobResponse;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Implements {@link SqlJobClient} on an {@link Invoker}. */
public final class SqlJobClientImpl implements SqlJobClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public SqlJobClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public SqlJobStartedResponse importTable(ImportTableRequest request) {
        return invoker.invoke(SqlJobOperations.IMPORT_TABLE, request);
    }

    @Override
    public SqlJobStartedResponse exportTable(ExportTableRequest request) {
        return invoker.invoke(SqlJobOperations.EXPORT_TABLE, request);
    }

    @Override
    public SubmitSqlJobResponse submit(SubmitSqlJobRequest request) {
        return invoker.invoke(SqlJobOperations.SUBMIT_SQL_JOB, request);
    }

    @Override
    public BasicResponse cancel(CancelSqlJobRequest request) {
        return invoker.invoke(SqlJobOperations.CANCEL_SQL_JOB, request);
    }

    @Override
    public ListSqlJobsResponse list(ListSqlJobsRequest request) {
        return invoker.invoke(SqlJobOperations.LIST_SQL_JOBS, request);
    }

    @Override
    public PreviewSqlJobResultResponse preview(PreviewSqlJobResultRequest request) {
        return invoker.invoke(SqlJobOperations.PREVIEW_SQL_JOB_RESULT, request);
    }

    @Override
    public GetSqlJobStatusResponse status(GetSqlJobStatusRequest request) {
        return invoker.invoke(SqlJobOperations.GET_SQL_JOB_STATUS, request);
    }

    @Override
    public GetSqlJobDetailResponse detail(GetSqlJobDetailRequest request) {
        return invoker.invoke(SqlJobOperations.GET_SQL_JOB_DETAIL, request);
    }

    @Override
    public CheckSqlResponse checkSql(CheckSqlRequest request) {
        return invoker.invoke(SqlJobOperations.CHECK_SQL, request);
    }

    @Override
    public SqlJobStartedResponse exportResult(ExportSqlJobResultRequest request) {
        return invoker.invoke(SqlJobOperations.EXPORT_SQL_JOB_RESULT, request);
    }

    @Override
    public GetSqlJobProgressResponse progress(GetSqlJobProgressRequest request) {
        return invoker.invoke(SqlJobOperations.GET_SQL_JOB_PROGRESS, request);
    }

    @Override
    public GetSqlJobStatusResponse waitUntil(
            String jobId, Set<SqlJobStatus> targets, WaitOptions options, StatusListener<SqlJobStatus> listener) {
        return invoker.waits().await(spec(jobId, targets, options, listener));
    }

    @Override
    public CompletableFuture<GetSqlJobStatusResponse> waitUntilAsync(
            String jobId, Set<SqlJobStatus> targets, WaitOptions options, StatusListener<SqlJobStatus> listener) {
        Waiter.Spec<GetSqlJobStatusResponse, SqlJobStatus> spec;
        try {
            spec = spec(jobId, targets, options, listener);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return invoker.waits().start(spec);
    }

    private Waiter.Spec<GetSqlJobStatusResponse, SqlJobStatus> spec(
            String jobId, Set<SqlJobStatus> targets, WaitOptions options, StatusListener<SqlJobStatus> listener) {
        GetSqlJobStatusRequest request = GetSqlJobStatusRequest.of(jobId);
        if (targets == null || targets.isEmpty() || targets.stream().anyMatch(t -> t == null)) {
            throw new ValidationException("status", "at least one target status is required, and no null");
        }
        if (options == null) {
            throw new ValidationException("options", "is required");
        }
        return new Waiter.Spec<>(
                jobId,
                OperationGroup.SQL_JOBS,
                () -> status(request),
                GetSqlJobStatusResponse::status,
                Set.copyOf(targets),
                SqlJobStatus.TERMINAL,
                options,
                listener,
                // A terminal status outside the targets says what the service said about it.
                r -> r.message() == null || r.message().isBlank() ? null : "service message: " + r.message());
    }
}
