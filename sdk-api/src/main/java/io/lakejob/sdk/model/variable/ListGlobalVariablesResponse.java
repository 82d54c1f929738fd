package io.lakejob.sdk.model.variable;

import io.lakejob.sdk.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The answer to {@code ListGlobalVariables} (reference 13.4).
 *
 * @param isSuccess whether the request succeeded
 * @param message the service's message
 * @param count the number of global variables, or {@code null} if not sent
 * @param globalVars the variables on this page; never {@code null}
 */
public record ListGlobalVariablesResponse(
        Boolean isSuccess, String message, Integer count, List<GlobalVariable> globalVars)
        implements Page<GlobalVariable> {
    /**
     * Copies the list.
     *
     * @param isSuccess whether the request succeeded
     * @param message the service's message
     * @param count the number of variables
     * @param globalVars the variables
     */
    public ListGlobalVariablesResponse {
        globalVars = globalVars == null ? List.of() : List.copyOf(globalVars);
    }

    @Override
    public List<GlobalVariable> items() {
        return globalVars;
    }

    /**
     * Not reported: the reference's example sends {@code count} 0 next to one variable, so the
     * count is not trusted to stop paging; paging ends on a short or empty page instead.
     *
     * @return empty
     */
    @Override
    public OptionalLong totalCount() {
        return OptionalLong.empty();
    }
}
