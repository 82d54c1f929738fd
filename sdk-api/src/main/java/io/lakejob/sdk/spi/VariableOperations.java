package io.lakejob.sdk.spi;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;

/** The global variable (reference chapter 13) operations. */
public final class VariableOperations {
    private VariableOperations() {}

    /** 13.1 Create a global variable. */
    public static final Operation<CreateGlobalVariableRequest, BasicResponse> CREATE_GLOBAL_VARIABLE = Operation.rest(
            "CreateGlobalVariable",
            "13.1",
            OperationGroup.VARIABLES,
            HttpMethod.POST,
            "/v1.0/{project_id}/variables",
            CreateGlobalVariableRequest.class,
            BasicResponse.class);

    /** 13.2 Delete a global variable. */
    public static final Operation<DeleteGlobalVariableRequest, BasicResponse> DELETE_GLOBAL_VARIABLE = Operation.rest(
            "DeleteGlobalVariable",
            "13.2",
            OperationGroup.VARIABLES,
            HttpMethod.DELETE,
            "/v1.0/{project_id}/variables/{var_name}",
            DeleteGlobalVariableRequest.class,
            BasicResponse.class);

    /** 13.3 Change the value of a global variable. */
    public static final Operation<UpdateGlobalVariableRequest, BasicResponse> UPDATE_GLOBAL_VARIABLE = Operation.rest(
            "UpdateGlobalVariable",
            "13.3",
            OperationGroup.VARIABLES,
            HttpMethod.PUT,
            "/v1.0/{project_id}/variables/{var_name}",
            UpdateGlobalVariableRequest.class,
            BasicResponse.class);

    /** 13.4 List the global variables. */
    public static final Operation<ListGlobalVariablesRequest, ListGlobalVariablesResponse> LIST_GLOBAL_VARIABLES =
            Operation.rest(
                    "ListGlobalVariables",
                    "13.4",
                    OperationGroup.VARIABLES,
                    HttpMethod.GET,
                    "/v1.0/{project_id}/variables",
                    ListGlobalVariablesRequest.class,
                    ListGlobalVariablesResponse.class);
}
