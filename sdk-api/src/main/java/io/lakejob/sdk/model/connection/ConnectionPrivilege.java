package io.lakejob.sdk.model.connection;

import java.util.List;

/**
 * The privileges granted on a connection to one project (reference 12.8, table 12-39).
 *
 * @param object the granted object, for example {@code edsconnections.<connection id>}
 * @param applicantProjectId the project the privileges were granted to
 * @param privileges the granted operations, for example {@code BIND_QUEUE}; never {@code null}
 */
public record ConnectionPrivilege(String object, String applicantProjectId, List<String> privileges) {
    /**
     * Copies the list.
     *
     * @param object the granted object
     * @param applicantProjectId the project the privileges were granted to
     * @param privileges the granted operations
     */
    public ConnectionPrivilege {
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
    }
}
