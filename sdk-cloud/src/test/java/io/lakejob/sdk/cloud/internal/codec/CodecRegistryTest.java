package io.lakejob.sdk.cloud.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.spi.FlinkPlatformOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import io.lakejob.sdk.spi.QueueOperations;
import io.lakejob.sdk.spi.SqlJobOperations;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lazy codec registry: the catalogue's names, one group built per first use, nothing else. */
class CodecRegistryTest {
    private static final List<Operation<?, ?>> REST =
            Operations.all().stream().filter(Operation::hasRestBinding).collect(Collectors.toList());

    @Test
    void theCodecsMapExactlyTheRestOperationsOfTheCatalogue() {
        // The names come from the catalogue; the codecs are written by hand: building them all
        // checks that each group maps its operations, no more and no fewer.
        assertThat(Codecs.all().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        REST.stream().map(Operation::name).toList());
        assertThat(Codecs.lazy().names()).isEqualTo(Codecs.all().keySet());
    }

    @Test
    void eachCodecIsBuiltWithItsOwnGroup() {
        Codecs codecs = Codecs.lazy();
        for (Operation<?, ?> op : REST) {
            codecs.get(op);
            assertThat(codecs.builtGroups()).as(op.name()).contains(op.group());
        }
        Codecs.Catalogue.NAMES.forEach((group, names) -> assertThat(
                        REST.stream().filter(op -> names.contains(op.name())).map(Operation::group))
                .as("group of the operations listed under %s", group)
                .containsOnly(group));
    }

    @Test
    void aCallBuildsOnlyItsOwnGroup() {
        Codecs codecs = Codecs.lazy();
        assertThat(codecs.builtGroups()).isEmpty();

        OperationCodec<?, ?> list = codecs.get(QueueOperations.LIST_QUEUES);
        assertThat(list.operation()).isSameAs(QueueOperations.LIST_QUEUES);
        assertThat(codecs.builtGroups()).containsExactly(OperationGroup.QUEUES);

        // Same group again: nothing new is built, the same codec comes back.
        assertThat(codecs.get(QueueOperations.LIST_QUEUES)).isSameAs(list);
        assertThat(codecs.builtGroups()).containsExactly(OperationGroup.QUEUES);

        codecs.get(SqlJobOperations.SUBMIT_SQL_JOB);
        assertThat(codecs.builtGroups()).containsExactlyInAnyOrder(OperationGroup.QUEUES, OperationGroup.SQL_JOBS);
    }

    @Test
    void everyRestOperationResolvesToItsOwnCodec() {
        Codecs codecs = Codecs.lazy();
        for (Operation<?, ?> op : REST) {
            assertThat(codecs.get(op)).as(op.name()).isNotNull();
            assertThat(codecs.get(op).operation()).as(op.name()).isSameAs(op);
        }
        assertThat(codecs.builtGroups()).containsExactlyInAnyOrderElementsOf(Codecs.Catalogue.NAMES.keySet());
    }

    @Test
    void supportsAnswersAsTheCatalogueDoesWithoutBuildingAnything() {
        Codecs codecs = Codecs.lazy();
        for (Operation<?, ?> op : io.lakejob.sdk.spi.Operations.all()) {
            assertThat(codecs.supports(op))
                    .as(op.name())
                    .isEqualTo(codecs.names().contains(op.name()));
        }
        assertThat(codecs.builtGroups()).isEmpty();
        Codecs one = Codecs.of(java.util.Map.of("ListQueues", codecs.get(QueueOperations.LIST_QUEUES)));
        assertThat(one.supports(QueueOperations.LIST_QUEUES)).isTrue();
        assertThat(one.supports(SqlJobOperations.SUBMIT_SQL_JOB)).isFalse();
    }

    @Test
    void anOperationWithoutARestMappingBuildsNothing() {
        Codecs codecs = Codecs.lazy();
        assertThat(codecs.get(FlinkPlatformOperations.EXPLAIN_SQL)).isNull();
        assertThat(codecs.builtGroups()).isEmpty();
    }
}
