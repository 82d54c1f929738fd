package io.lakejob.sdk.flink.internal.format;

import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.api.config.TableConfigOptions;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.TimestampData;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.LogicalTypeRoot;
import org.apache.flink.util.Collector;

/**
 * Java date and time patterns for the {@code DATE} and {@code TIMESTAMP} columns of csv files read
 * with {@value HeaderCsvFormatFactory#IDENTIFIER}: DLI's {@code date_format} and
 * {@code timestamp_format} (reference 7.3.1, table 7-49: the pattern letters of Java's
 * {@link SimpleDateFormat}, for example {@code yyyy-MM-dd'T'HH:mm:ss.SSSZZ}). Such a column is read
 * as text by Flink's csv deserializer and parsed with its pattern (strictly, the whole value): a
 * value with a zone or offset is that instant, one without is a time in the session time zone
 * ({@code table.local-time-zone}); a {@code TIMESTAMP} column takes the instant's local date and
 * time in the session time zone, a {@code TIMESTAMP_LTZ} column the instant, a {@code DATE} column
 * the local date. An empty value is {@code NULL}; a value that does not match fails the read, or
 * drops its row with {@code ignore-parse-errors}. Writing with a pattern is refused.
 */
final class JavaTimePatterns implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The pattern of {@code DATE} columns (DLI's {@code date_format}); none means Flink's SQL dates. */
    static final ConfigOption<String> DATE_FORMAT = ConfigOptions.key("date-format")
            .stringType()
            .noDefaultValue()
            .withDescription("A Java SimpleDateFormat pattern for DATE columns, for example yyyy/MM/dd.");

    /** The pattern of {@code TIMESTAMP} columns (DLI's {@code timestamp_format}). */
    static final ConfigOption<String> TIMESTAMP_FORMAT = ConfigOptions.key("timestamp-format")
            .stringType()
            .noDefaultValue()
            .withDescription("A Java SimpleDateFormat pattern for TIMESTAMP and TIMESTAMP_LTZ columns, for"
                    + " example yyyy-MM-dd'T'HH:mm:ss.SSSZZ.");

    private final String datePattern;
    private final String timestampPattern;
    private final String zone;

    private JavaTimePatterns(String datePattern, String timestampPattern, String zone) {
        this.datePattern = datePattern;
        this.timestampPattern = timestampPattern;
        this.zone = zone;
    }

    /**
     * Reads and checks the patterns.
     *
     * @param formatOptions the format's options
     * @param tableConfig the job's configuration (for the session time zone)
     * @return the patterns, or {@code null} when neither is set
     * @throws ValidationException for a pattern Java does not accept
     */
    static JavaTimePatterns of(ReadableConfig formatOptions, ReadableConfig tableConfig) {
        String date = formatOptions.getOptional(DATE_FORMAT).orElse(null);
        String timestamp = formatOptions.getOptional(TIMESTAMP_FORMAT).orElse(null);
        if (date == null && timestamp == null) {
            return null;
        }
        for (String p : new String[] {date, timestamp}) {
            if (p != null) {
                try {
                    new SimpleDateFormat(p);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("Format " + HeaderCsvFormatFactory.IDENTIFIER + ": '" + p
                            + "' is not a Java date/time pattern: " + e.getMessage());
                }
            }
        }
        String z = tableConfig.get(TableConfigOptions.LOCAL_TIME_ZONE);
        String zoneId = z == null || z.equals(TableConfigOptions.LOCAL_TIME_ZONE.defaultValue())
                ? ZoneId.systemDefault().getId()
                : ZoneId.of(z).getId();
        return new JavaTimePatterns(date, timestamp, zoneId);
    }

    /** How a column is read: as Flink reads it, or as text parsed with a pattern. */
    private enum Kind {
        KEEP,
        DATE,
        TIMESTAMP,
        TIMESTAMP_LTZ
    }

    private Kind kind(LogicalType t) {
        LogicalTypeRoot root = t.getTypeRoot();
        if (root == LogicalTypeRoot.DATE && datePattern != null) {
            return Kind.DATE;
        }
        if (root == LogicalTypeRoot.TIMESTAMP_WITHOUT_TIME_ZONE && timestampPattern != null) {
            return Kind.TIMESTAMP;
        }
        if (root == LogicalTypeRoot.TIMESTAMP_WITH_LOCAL_TIME_ZONE && timestampPattern != null) {
            return Kind.TIMESTAMP_LTZ;
        }
        return Kind.KEEP;
    }

    /**
     * The row type Flink's deserializer reads: the columns with a pattern as text.
     *
     * @param physical the table's row type
     * @return the type to read
     */
    DataType readType(DataType physical) {
        List<DataTypes.Field> fields = new ArrayList<>();
        List<String> names = DataType.getFieldNames(physical);
        List<DataType> types = DataType.getFieldDataTypes(physical);
        for (int i = 0; i < names.size(); i++) {
            DataType t = types.get(i);
            boolean text = kind(t.getLogicalType()) != Kind.KEEP;
            DataType read = text
                    ? (t.getLogicalType().isNullable()
                            ? DataTypes.STRING()
                            : DataTypes.STRING().notNull())
                    : t;
            fields.add(DataTypes.FIELD(names.get(i), read));
        }
        DataType row = DataTypes.ROW(fields.toArray(new DataTypes.Field[0]));
        return physical.getLogicalType().isNullable() ? row : row.notNull();
    }

    /**
     * A deserializer that reads with {@code inner} (built for {@link #readType}) and parses the
     * columns with a pattern.
     *
     * @param inner Flink's csv deserializer for the read type
     * @param physical the table's row type
     * @param produced the type information of the table's rows
     * @param ignoreParseErrors whether a value that does not match drops its row instead of failing
     * @return the deserializer
     */
    DeserializationSchema<RowData> decoder(
            DeserializationSchema<RowData> inner,
            DataType physical,
            TypeInformation<RowData> produced,
            boolean ignoreParseErrors) {
        List<String> names = DataType.getFieldNames(physical);
        List<DataType> types = DataType.getFieldDataTypes(physical);
        Kind[] kinds = new Kind[names.size()];
        LogicalType[] readTypes = new LogicalType[names.size()];
        List<DataType> read = DataType.getFieldDataTypes(readType(physical));
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(types.get(i).getLogicalType());
            readTypes[i] = read.get(i).getLogicalType();
        }
        return new Decoder(inner, names.toArray(new String[0]), kinds, readTypes, produced, ignoreParseErrors, this);
    }

    /** Parses the pattern columns of the rows Flink's csv deserializer reads. */
    private static final class Decoder implements DeserializationSchema<RowData> {
        private static final long serialVersionUID = 1L;

        private final DeserializationSchema<RowData> inner;
        private final String[] names;
        private final Kind[] kinds;
        private final LogicalType[] readTypes;
        private final TypeInformation<RowData> produced;
        private final boolean ignoreParseErrors;
        private final JavaTimePatterns patterns;
        private transient RowData.FieldGetter[] getters;
        private transient SimpleDateFormat date;
        private transient SimpleDateFormat timestamp;
        private transient ZoneId zone;

        Decoder(
                DeserializationSchema<RowData> inner,
                String[] names,
                Kind[] kinds,
                LogicalType[] readTypes,
                TypeInformation<RowData> produced,
                boolean ignoreParseErrors,
                JavaTimePatterns patterns) {
            this.inner = inner;
            this.names = names;
            this.kinds = kinds;
            this.readTypes = readTypes;
            this.produced = produced;
            this.ignoreParseErrors = ignoreParseErrors;
            this.patterns = patterns;
        }

        @Override
        public void open(InitializationContext context) throws Exception {
            inner.open(context);
            getters = new RowData.FieldGetter[readTypes.length];
            for (int i = 0; i < readTypes.length; i++) {
                getters[i] = RowData.createFieldGetter(readTypes[i], i);
            }
            zone = ZoneId.of(patterns.zone);
            date = format(patterns.datePattern);
            timestamp = format(patterns.timestampPattern);
        }

        private SimpleDateFormat format(String pattern) {
            if (pattern == null) {
                return null;
            }
            SimpleDateFormat f = new SimpleDateFormat(pattern);
            f.setLenient(false);
            f.setTimeZone(TimeZone.getTimeZone(zone));
            return f;
        }

        @Override
        public RowData deserialize(byte[] message) throws IOException {
            RowData in = inner.deserialize(message);
            if (in == null) {
                return null;
            }
            GenericRowData out = new GenericRowData(in.getRowKind(), kinds.length);
            for (int i = 0; i < kinds.length; i++) {
                Object v = getters[i].getFieldOrNull(in);
                if (kinds[i] == Kind.KEEP || v == null) {
                    out.setField(i, v);
                    continue;
                }
                String text = v.toString().strip();
                if (text.isEmpty()) {
                    out.setField(i, null);
                    continue;
                }
                SimpleDateFormat f = kinds[i] == Kind.DATE ? date : timestamp;
                ParsePosition pos = new ParsePosition(0);
                java.util.Date parsed = f.parse(text, pos);
                if (parsed == null || pos.getIndex() != text.length()) {
                    if (ignoreParseErrors) {
                        return null;
                    }
                    throw new IOException("Format " + HeaderCsvFormatFactory.IDENTIFIER + ": column " + names[i]
                            + " value '" + text + "' does not match the pattern '" + f.toPattern() + "'");
                }
                Instant instant = parsed.toInstant();
                switch (kinds[i]) {
                    case DATE -> out.setField(i, (int)
                            LocalDateTime.ofInstant(instant, zone).toLocalDate().toEpochDay());
                    case TIMESTAMP -> out.setField(
                            i, TimestampData.fromLocalDateTime(LocalDateTime.ofInstant(instant, zone)));
                    default -> out.setField(i, TimestampData.fromInstant(instant));
                }
            }
            return out;
        }

        @Override
        public void deserialize(byte[] message, Collector<RowData> out) throws IOException {
            RowData r = deserialize(message);
            if (r != null) {
                out.collect(r);
            }
        }

        @Override
        public boolean isEndOfStream(RowData nextElement) {
            return false;
        }

        @Override
        public TypeInformation<RowData> getProducedType() {
            return produced;
        }
    }
}
