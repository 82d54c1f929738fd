package io.lakejob.sdk.flink.internal.running;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.types.Row;

/** Turns Flink field values into plain, immutable-friendly Java values for results. */
public final class ValueConverter {
    private ValueConverter() {}

    public static Object toJava(Object v) {
        if (v == null
                || v instanceof String
                || v instanceof Number && !(v instanceof BigDecimal)
                || v instanceof Boolean
                || v instanceof BigDecimal
                || v instanceof Temporal) {
            return v;
        }
        if (v instanceof byte[] b) {
            return Arrays.toString(b);
        }
        if (v instanceof Row r) {
            List<Object> fields = new ArrayList<>(r.getArity());
            for (int i = 0; i < r.getArity(); i++) {
                fields.add(toJava(r.getField(i)));
            }
            return fields.toString();
        }
        return String.valueOf(v);
    }
}
