package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * sdk-cloud's module: it exports only its public package, keeps every internal package sealed
 * (opened to Jackson alone, which reads the wire records), and provides the transport.
 */
class CloudModuleTest {
    @Test
    void theModuleExportsOnlyItsPublicPackageAndProvidesTheTransport() throws URISyntaxException {
        Path classes = Path.of(CloudTransportProvider.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor d =
                ModuleFinder.of(classes).findAll().iterator().next().descriptor();

        assertThat(d.name()).isEqualTo("io.lakejob.sdk.cloud");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source)).containsExactly("io.lakejob.sdk.cloud");
        Set<String> internal = d.packages().stream()
                .filter(p -> p.startsWith("io.lakejob.sdk.cloud.internal"))
                .collect(Collectors.toSet());
        assertThat(internal)
                .contains(
                        "io.lakejob.sdk.cloud.internal",
                        "io.lakejob.sdk.cloud.internal.codec",
                        "io.lakejob.sdk.cloud.internal.http",
                        "io.lakejob.sdk.cloud.internal.retry");
        assertThat(d.opens())
                .allSatisfy(o -> assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind"));
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("io.lakejob.sdk.spi.TransportProvider");
            assertThat(p.providers()).containsExactly(CloudTransportProvider.class.getName());
        });
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
                .contains("io.lakejob.sdk")
                .noneMatch(n -> n.contains("flink"));
    }
}
