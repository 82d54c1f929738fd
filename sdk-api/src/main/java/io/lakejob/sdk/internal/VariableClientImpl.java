package io.lakejob.sdk.internal;

import io.lakejob.sdk.VariableClient;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;
import io.lakejob.sdk.spi.VariableOperations;

/** Implements {@link VariableClient} on an {@link Invoker}. */
public final class VariableClientImpl implements VariableClient {
    private final Invoker invoker;

    /**
     * Creates the client group.
     *
     * @param invoker executes operations
     */
    public VariableClientImpl(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public BasicResponse create(CreateGlobalVariableRequest request) {
        return invoker.invoke(VariableOperations.CREATE_GLOBAL_VARIABLE, request);
    }

    @Override
    public BasicResponse delete(DeleteGlobalVariableRequest request) {
        return invoker.invoke(VariableOperations.DELETE_GLOBAL_VARIABLE, request);
    }

    @Override
    public BasicResponse update(UpdateGlobalVariableRequest request) {
        return invoker.invoke(VariableOperations.UPDATE_GLOBAL_VARIABLE, request);
    }

    @Override
    public ListGlobalVariablesResponse list(ListGlobalVariablesRequest request) {
        return invoker.invoke(VariableOperations.LIST_GLOBAL_VARIABLES, request);
    }
}
