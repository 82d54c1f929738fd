package io.lakejob.sdk.flink;

import io.lakejob.sdk.LakeJobClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one {@code flink:local} client whose embedded cluster is shared by every test
 * class of the run and closed when the run ends.
 */
public final class SharedFlinkClient implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedFlinkClient.class);

    /** Holds the client in the root store, so JUnit closes it after the last test. */
    static final class Holder implements ExtensionContext.Store.CloseableResource {
        final LakeJobClient client = LakeJobClient.builder()
                .endpoint("flink:local")
                .property(FlinkOptions.LOCAL_SLOTS, "8")
                .build();

        @Override
        public void close() {
            client.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == LakeJobClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getRoot().getStore(NS).getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class).client;
    }
}
