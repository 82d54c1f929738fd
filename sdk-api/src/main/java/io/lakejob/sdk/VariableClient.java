package io.lakejob.sdk;

import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.variable.CreateGlobalVariableRequest;
import io.lakejob.sdk.model.variable.DeleteGlobalVariableRequest;
import io.lakejob.sdk.model.variable.GlobalVariable;
import io.lakejob.sdk.model.variable.ListGlobalVariablesRequest;
import io.lakejob.sdk.model.variable.ListGlobalVariablesResponse;
import io.lakejob.sdk.model.variable.UpdateGlobalVariableRequest;
import java.util.function.Consumer;

/**
 * Global variables (reference chapter 13). Thread-safe.
 */
public interface VariableClient {
    /**
     * Creates a global variable (13.1, {@code POST /v1.0/{project_id}/variables}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse create(CreateGlobalVariableRequest request);

    /**
     * Creates a global variable (13.1), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse create(Consumer<CreateGlobalVariableRequest.Builder> request) {
        CreateGlobalVariableRequest.Builder b = CreateGlobalVariableRequest.builder();
        request.accept(b);
        return create(b.build());
    }

    /**
     * Creates a non-sensitive global variable (13.1).
     *
     * @param varName the name
     * @param varValue the value
     * @return the answer
     */
    default BasicResponse create(String varName, String varValue) {
        return create(CreateGlobalVariableRequest.of(varName, varValue));
    }

    /**
     * Deletes a global variable (13.2, {@code DELETE /v1.0/{project_id}/variables/{var_name}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse delete(DeleteGlobalVariableRequest request);

    /**
     * Deletes a global variable by name (13.2).
     *
     * @param varName the name
     * @return the answer
     */
    default BasicResponse delete(String varName) {
        return delete(DeleteGlobalVariableRequest.of(varName));
    }

    /**
     * Changes the value of a global variable (13.3, {@code PUT /v1.0/{project_id}/variables/{var_name}}).
     *
     * @param request the request
     * @return the answer
     */
    BasicResponse update(UpdateGlobalVariableRequest request);

    /**
     * Changes the value of a global variable (13.3), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return the answer
     */
    default BasicResponse update(Consumer<UpdateGlobalVariableRequest.Builder> request) {
        UpdateGlobalVariableRequest.Builder b = UpdateGlobalVariableRequest.builder();
        request.accept(b);
        return update(b.build());
    }

    /**
     * Changes the value of a global variable by name (13.3).
     *
     * @param varName the name
     * @param varValue the new value
     * @return the answer
     */
    default BasicResponse update(String varName, String varValue) {
        return update(UpdateGlobalVariableRequest.of(varName, varValue));
    }

    /**
     * Lists global variables, one page (13.4, {@code GET /v1.0/{project_id}/variables}).
     *
     * @param request the paging
     * @return one page
     */
    ListGlobalVariablesResponse list(ListGlobalVariablesRequest request);

    /**
     * Lists global variables, one page (13.4), configuring the request in place.
     *
     * @param request configures a fresh builder
     * @return one page
     */
    default ListGlobalVariablesResponse list(Consumer<ListGlobalVariablesRequest.Builder> request) {
        ListGlobalVariablesRequest.Builder b = ListGlobalVariablesRequest.builder();
        request.accept(b);
        return list(b.build());
    }

    /**
     * Every global variable, fetched page by page ({@code limit} of the request, or 100).
     *
     * @param request the paging; its {@code offset} is ignored
     * @return a lazy iterable
     */
    default PagedIterable<GlobalVariable> listAll(ListGlobalVariablesRequest request) {
        int size = request.limit() == null ? ListGlobalVariablesRequest.DEFAULT_LIMIT : request.limit();
        return PagedIterable.byOffset(
                size,
                offset -> list(request.toBuilder().limit(size).offset(offset).build()));
    }

    /**
     * Every global variable, fetched 100 at a time.
     *
     * @return a lazy iterable
     */
    default PagedIterable<GlobalVariable> listAll() {
        return listAll(ListGlobalVariablesRequest.firstPage());
    }
}
