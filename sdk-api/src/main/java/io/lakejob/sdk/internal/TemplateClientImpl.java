package io.lakejob.sdk.internal;

import io.lakejob.sdk.TemplateClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;
import io.lakejob.sdk.spi.TemplateOperations;

/** Implements {@link TemplateClient} on an {@link Invoker}. */
public final class TemplateClientImpl implements TemplateClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public TemplateClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CreateJobTemplateResponse create(CreateJobTemplateRequest request) {
        return invoker.invoke(TemplateOperations.CREATE_JOB_TEMPLATE, request);
    }

    @Override
    public BasicResponse update(UpdateJobTemplateRequest request) {
        return invoker.invoke(TemplateOperations.UPDATE_JOB_TEMPLATE, request);
    }

    @Override
    public DeleteJobTemplateResponse delete(DeleteJobTemplateRequest request) {
        return invoker.invoke(TemplateOperations.DELETE_JOB_TEMPLATE, request);
    }

    @Override
    public ListJobTemplatesResponse list(ListJobTemplatesRequest request) {
        return invoker.invoke(TemplateOperations.LIST_JOB_TEMPLATES, request);
    }
}
