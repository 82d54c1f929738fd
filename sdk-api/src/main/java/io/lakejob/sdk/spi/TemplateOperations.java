package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.template.CreateJobTemplateRequest;
import io.lakejob.sdk.model.template.CreateJobTemplateResponse;
import io.lakejob.sdk.model.template.DeleteJobTemplateRequest;
import io.lakejob.sdk.model.template.DeleteJobTemplateResponse;
import io.lakejob.sdk.model.template.ListJobTemplatesRequest;
import io.lakejob.sdk.model.template.ListJobTemplatesResponse;
import io.lakejob.sdk.model.template.UpdateJobTemplateRequest;

/** The Flink job template operations (reference chapter 11). */
public final class TemplateOperations {
    private TemplateOperations() {}

    /** 11.1 Create a template. */
    public static final Operation<CreateJobTemplateRequest, CreateJobTemplateResponse> CREATE_JOB_TEMPLATE =
            Operation.rest(
                    "CreateJobTemplate",
                    "11.1",
                    OperationGroup.TEMPLATES,
                    HttpMethod.POST,
                    "/v1.0/{project_id}/streaming/job-templates",
                    CreateJobTemplateRequest.class,
                    CreateJobTemplateResponse.class);

    /** 11.2 Update a template. */
    public static final Operation<UpdateJobTemplateRequest, BasicResponse> UPDATE_JOB_TEMPLATE = Operation.rest(
            "UpdateJobTemplate",
            "11.2",
            OperationGroup.TEMPLATES,
            HttpMethod.PUT,
            "/v1.0/{project_id}/streaming/job-templates/{template_id}",
            UpdateJobTemplateRequest.class,
            BasicResponse.class);

    /** 11.3 Delete a template. */
    public static final Operation<DeleteJobTemplateRequest, DeleteJobTemplateResponse> DELETE_JOB_TEMPLATE =
            Operation.rest(
                    "DeleteJobTemplate",
                    "11.3",
                    OperationGroup.TEMPLATES,
                    HttpMethod.DELETE,
                    "/v1.0/{project_id}/streaming/job-templates/{template_id}",
                    DeleteJobTemplateRequest.class,
                    DeleteJobTemplateResponse.class);

    /** 11.4 List templates. */
    public static final Operation<ListJobTemplatesRequest, ListJobTemplatesResponse> LIST_JOB_TEMPLATES =
            Operation.rest(
                    "ListJobTemplates",
                    "11.4",
                    OperationGroup.TEMPLATES,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/streaming/job-templates",
                    ListJobTemplatesRequest.class,
                    ListJobTemplatesResponse.class);
}
