package io.lakejob.sdk.cloud.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakejob.sdk.spi.Operation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Codecs that read a successful answer straight into their wire type give exactly what the
 * general path (parse to a tree, then bind) gives, for every reference example response; an
 * answer that says {@code is_success: false} is left to the general path.
 */
class DirectDecodeTest {
    @Test
    void directAndTreeDecodingAgreeOnEveryReferenceExample() throws Exception {
        int direct = 0;
        int examples = 0;
        for (Map.Entry<String, OperationCodec<?, ?>> e : Codecs.all().entrySet()) {
            Operation<?, ?> op = e.getValue().operation();
            byte[] body = example(op.section());
            if (body == null) {
                continue;
            }
            examples++;
            Object viaTree = e.getValue().decode(Json.parse(body));
            Object viaDirect = e.getValue().decodeDirect(body);
            if (viaDirect != null) {
                direct++;
                assertThat(viaDirect).as(op.name() + " (" + op.section() + ")").isEqualTo(viaTree);
            }
        }
        assertThat(examples).isGreaterThan(60);
        assertThat(direct).as("operations read directly").isGreaterThanOrEqualTo(25);
    }

    @Test
    void anAnswerThatSaysItFailedIsLeftToTheGeneralPath() throws Exception {
        OperationCodec<?, ?> list = Codecs.all().get("ListQueues");
        assertThat(list.decodeDirect(
                        "{\"is_success\":true,\"message\":\"\",\"queues\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isNotNull();
        assertThat(list.decodeDirect("{\"is_success\":\"false\",\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(list.decodeDirect("{\"is_success\":false,\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    private static byte[] example(String section) throws Exception {
        try (InputStream in = DirectDecodeTest.class.getResourceAsStream("/examples/" + section + "-response.json")) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
