package io.lakejob.sdk.spi;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The operations a transport supports.
 *
 * @param transport the transport's name
 * @param operations the names of the supported operations
 */
public record Capabilities(String transport, Set<String> operations) {
    /**
     * Copies the set.
     *
     * @param transport the transport's name
     * @param operations the names of the supported operations
     */
    public Capabilities {
        operations = Set.copyOf(operations);
    }

    /**
     * Capabilities from a collection of operations.
     *
     * @param transport the transport's name
     * @param operations the supported operations
     * @return the capabilities
     */
    public static Capabilities of(String transport, Collection<? extends Operation<?, ?>> operations) {
        Set<String> names = new LinkedHashSet<>();
        for (Operation<?, ?> op : operations) {
            names.add(op.name());
        }
        return new Capabilities(transport, names);
    }

    /**
     * Whether the operation is supported.
     *
     * @param operation the operation
     * @return {@code true} if supported
     */
    public boolean supports(Operation<?, ?> operation) {
        return operations.contains(operation.name());
    }
}
