package io.lakejob.sdk.flink;

import io.lakejob.sdk.flink.junit.LakeJobFlinkExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The earlier name of {@link LakeJobFlinkExtension}, for tests still using it: the same shared client. */
public final class SharedFlinkClient implements ParameterResolver, AfterAllCallback {
    private final LakeJobFlinkExtension delegate = new LakeJobFlinkExtension();

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return delegate.supportsParameter(p, e);
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return delegate.resolveParameter(p, e);
    }

    @Override
    public void afterAll(ExtensionContext e) {
        delegate.afterAll(e);
    }
}
