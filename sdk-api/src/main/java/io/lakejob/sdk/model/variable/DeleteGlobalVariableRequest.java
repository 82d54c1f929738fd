package io.lakejob.sdk.model.variable;

/**
 * Deletes a global variable (reference 13.2). Only the user who created it may delete it.
 *
 * @param varName the name (path parameter)
 */
public record DeleteGlobalVariableRequest(String varName) {
    /**
     * Validates the request.
     *
     * @param varName the name
     */
    public DeleteGlobalVariableRequest {
        VariableRules.varName(varName);
    }

    /**
     * The request for a variable.
     *
     * @param varName the name
     * @return the request
     */
    public static DeleteGlobalVariableRequest of(String varName) {
        return new DeleteGlobalVariableRequest(varName);
    }
}
