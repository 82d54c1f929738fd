package io.lakejob.sdk.flink.internal.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.table.factories.BulkReaderFormatFactory;
import org.apache.flink.connector.file.table.factories.BulkWriterFormatFactory;
import org.apache.flink.connector.file.table.format.BulkDecodingFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.formats.csv.CsvFormatFactory;
import org.apache.flink.formats.csv.CsvFormatOptions;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.connector.ChangelogMode;
import org.apache.flink.table.connector.format.DecodingFormat;
import org.apache.flink.table.connector.format.EncodingFormat;
import org.apache.flink.table.connector.sink.DynamicTableSink;
import org.apache.flink.table.connector.source.DynamicTableSource;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DynamicTableFactory;
import org.apache.flink.table.types.DataType;
import org.apache.flink.util.UserCodeClassLoader;

/**
 * The Flink table format {@value #IDENTIFIER}: csv files whose first line holds the column names,
 * as DLI (Spark) writes and reads them for tables created with {@code with_column_header=true}.
 *
 * <ul>
 *   <li>Reading: every file is read whole by one reader (not split), cut into records by
 *       {@link CsvRecordSplitter} (a quoted value keeps its delimiters and line breaks; {@code \n},
 *       {@code \r\n} and {@code \r} end a record), empty lines (and {@code #} lines with
 *       {@code allow-comments}) are skipped, the first remaining record of each file is skipped when
 *       {@code header} is on, and each other record is parsed by Flink's own csv row deserializer.
 *       Rows the deserializer drops ({@code ignore-parse-errors}) are skipped.
 *   <li>Writing: every file the filesystem sink creates starts with one header line (the file's column
 *       names joined by the delimiter, quoted when they hold the delimiter, the quote or a line break)
 *       when {@code header} is on, then one line per row as Flink's csv row serializer writes it.
 * </ul>
 *
 * <p>Options (after the {@code 'format' = 'lakejob-csv'} table option, each as
 * {@code 'lakejob-csv.<name>'}): {@code header} (default {@code true}) and Flink csv's
 * {@code field-delimiter}, {@code quote-character}, {@code disable-quote-character},
 * {@code escape-character}, {@code allow-comments}, {@code ignore-parse-errors},
 * {@code array-element-delimiter}, {@code null-literal} and
 * {@code write-bigdecimal-in-scientific-notation}, with Flink's meaning, and for reading
 * {@code date-format} and {@code timestamp-format}: Java date/time patterns for {@code DATE} and
 * {@code TIMESTAMP} columns, as DLI's {@code date_format} and {@code timestamp_format} take them
 * ({@link JavaTimePatterns}). Quote and escape characters must be ASCII; files are UTF-8.
 *
 * <p>The format's classes run in Flink's task managers. A job that uses the format and goes to a
 * session cluster of your own ({@code flink:standalone://}, a queue with a {@code flink.address}
 * label) takes the SDK's jar with it ({@link SdkCodeJar}): the cluster's class path needs only Flink
 * (with flink-csv and flink-connector-files).
 */
public final class HeaderCsvFormatFactory implements BulkReaderFormatFactory, BulkWriterFormatFactory {
    /** The format identifier, the value of a table's {@code format} option. */
    public static final String IDENTIFIER = "lakejob-csv";

    /** Whether each file starts with a header line: skipped when reading, written when writing. */
    public static final ConfigOption<Boolean> HEADER = ConfigOptions.key("header")
            .booleanType()
            .defaultValue(true)
            .withDescription("Whether each file starts with one header line of column names:"
                    + " skipped when reading, written first into every new file.");

    /** Creates the factory (Flink finds it with the {@link java.util.ServiceLoader}). */
    public HeaderCsvFormatFactory() {}

    @Override
    public String factoryIdentifier() {
        return IDENTIFIER;
    }

    @Override
    public Set<ConfigOption<?>> requiredOptions() {
        return Set.of();
    }

    @Override
    public Set<ConfigOption<?>> optionalOptions() {
        Set<ConfigOption<?>> options = new HashSet<>(new CsvFormatFactory().optionalOptions());
        options.add(HEADER);
        options.add(JavaTimePatterns.DATE_FORMAT);
        options.add(JavaTimePatterns.TIMESTAMP_FORMAT);
        return options;
    }

    @Override
    public BulkDecodingFormat<RowData> createDecodingFormat(
            DynamicTableFactory.Context context, ReadableConfig formatOptions) {
        Settings settings = Settings.of(formatOptions);
        JavaTimePatterns patterns = JavaTimePatterns.of(formatOptions, context.getConfiguration());
        // The job's tasks run this format's classes: a cluster of its own gets them with the job.
        SdkCodeJar.shipWith(context.getConfiguration());
        DecodingFormat<DeserializationSchema<RowData>> csv =
                new CsvFormatFactory().createDecodingFormat(context, formatOptions);
        boolean ignoreParseErrors = formatOptions.get(CsvFormatOptions.IGNORE_PARSE_ERRORS);
        return new BulkDecodingFormat<>() {
            @Override
            public BulkFormat<RowData, FileSourceSplit> createRuntimeDecoder(
                    DynamicTableSource.Context ctx, DataType physicalDataType) {
                DeserializationSchema<RowData> rows = patterns == null
                        ? csv.createRuntimeDecoder(ctx, physicalDataType)
                        // Columns with a Java pattern are read as text and parsed with it.
                        : patterns.decoder(
                                csv.createRuntimeDecoder(ctx, patterns.readType(physicalDataType)),
                                physicalDataType,
                                ctx.createTypeInformation(physicalDataType),
                                ignoreParseErrors);
                return new StreamFormatAdapter<>(new HeaderCsvStreamFormat(rows, settings));
            }

            @Override
            public ChangelogMode getChangelogMode() {
                return ChangelogMode.insertOnly();
            }
        };
    }

    @Override
    public EncodingFormat<BulkWriter.Factory<RowData>> createEncodingFormat(
            DynamicTableFactory.Context context, ReadableConfig formatOptions) {
        Settings settings = Settings.of(formatOptions);
        if (JavaTimePatterns.of(formatOptions, context.getConfiguration()) != null) {
            throw new ValidationException("Format " + IDENTIFIER + ": " + JavaTimePatterns.DATE_FORMAT.key() + " and "
                    + JavaTimePatterns.TIMESTAMP_FORMAT.key() + " apply to reading only; files are written"
                    + " with Flink's SQL dates and time stamps");
        }
        SdkCodeJar.shipWith(context.getConfiguration());
        EncodingFormat<SerializationSchema<RowData>> csv =
                new CsvFormatFactory().createEncodingFormat(context, formatOptions);
        return new EncodingFormat<>() {
            @Override
            public BulkWriter.Factory<RowData> createRuntimeEncoder(
                    DynamicTableSink.Context ctx, DataType physicalDataType) {
                byte[] header =
                        settings.header() ? headerLine(DataType.getFieldNames(physicalDataType), settings) : null;
                return new HeaderCsvWriterFactory(csv.createRuntimeEncoder(ctx, physicalDataType), header);
            }

            @Override
            public ChangelogMode getChangelogMode() {
                return ChangelogMode.insertOnly();
            }
        };
    }

    /**
     * The header line for these columns, line feed included.
     *
     * @param columns the column names
     * @param settings the format's settings
     * @return the UTF-8 bytes
     */
    static byte[] headerLine(List<String> columns, Settings settings) {
        StringBuilder sb = new StringBuilder();
        String delimiter = String.valueOf(settings.delimiter());
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String name = columns.get(i);
            Character q = settings.quote();
            boolean quoted = q != null
                    && (name.isEmpty()
                            || name.contains(delimiter)
                            || name.indexOf(q) >= 0
                            || name.indexOf('\n') >= 0
                            || name.indexOf('\r') >= 0
                            || settings.escape() != null && name.indexOf(settings.escape()) >= 0
                            || i == 0 && settings.allowComments() && name.startsWith("#"));
            if (quoted) {
                String qs = String.valueOf(q);
                sb.append(q).append(name.replace(qs, qs + qs)).append(q);
            } else {
                sb.append(name);
            }
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the splitter and the header writer need from the format options.
     *
     * @param header whether files start with a header line
     * @param delimiter the field delimiter
     * @param quote the quote character, or {@code null} when quoting is disabled
     * @param escape the escape character, or {@code null}
     * @param allowComments whether {@code #} lines are comments
     */
    record Settings(boolean header, char delimiter, Character quote, Character escape, boolean allowComments)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Reads and checks the settings. */
        static Settings of(ReadableConfig options) {
            char delimiter = unescape(options.get(CsvFormatOptions.FIELD_DELIMITER));
            Character quote = options.get(CsvFormatOptions.DISABLE_QUOTE_CHARACTER)
                    ? null
                    : options.get(CsvFormatOptions.QUOTE_CHARACTER).charAt(0);
            Character escape = options.getOptional(CsvFormatOptions.ESCAPE_CHARACTER)
                    .map(s -> s.charAt(0))
                    .orElse(null);
            for (Character c : new Character[] {quote, escape}) {
                if (c != null && c > 127) {
                    throw new ValidationException(
                            "Format " + IDENTIFIER + ": quote and escape characters must be ASCII, was '" + c + "'");
                }
            }
            return new Settings(
                    options.get(HEADER), delimiter, quote, escape, options.get(CsvFormatOptions.ALLOW_COMMENTS));
        }
    }

    /** The delimiter as Flink's csv format reads it: one character, or a Java escape for one. */
    static char unescape(String s) {
        if (s.length() == 1 || s.charAt(0) != '\\' || s.length() < 2) {
            return s.charAt(0);
        }
        char c = s.charAt(1);
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'u':
                if (s.length() == 6) {
                    try {
                        return (char) Integer.parseInt(s.substring(2), 16);
                    } catch (NumberFormatException e) {
                        throw new ValidationException("Format " + IDENTIFIER + ": bad field-delimiter '" + s + "'");
                    }
                }
                throw new ValidationException("Format " + IDENTIFIER + ": bad field-delimiter '" + s + "'");
            default:
                if (s.length() == 2 && (c < '0' || c > '9')) {
                    return c;
                }
                throw new ValidationException("Format " + IDENTIFIER + ": bad field-delimiter '" + s + "'");
        }
    }

    /** An initialization context for the csv (de)serializer outside of an operator. */
    private static final class OpenContext
            implements DeserializationSchema.InitializationContext, SerializationSchema.InitializationContext {
        @Override
        public MetricGroup getMetricGroup() {
            return new UnregisteredMetricsGroup();
        }

        @Override
        public UserCodeClassLoader getUserCodeClassLoader() {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            ClassLoader loader = cl != null ? cl : HeaderCsvFormatFactory.class.getClassLoader();
            return new UserCodeClassLoader() {
                @Override
                public ClassLoader asClassLoader() {
                    return loader;
                }

                @Override
                public void registerReleaseHookIfAbsent(String releaseHookName, Runnable releaseHook) {
                    // nothing to release: the loader is not ours
                }
            };
        }
    }

    /** Reads one whole csv file: records cut by the splitter, the header skipped, rows parsed by Flink. */
    static final class HeaderCsvStreamFormat extends SimpleStreamFormat<RowData> {
        private static final long serialVersionUID = 1L;

        private final DeserializationSchema<RowData> deserializer;
        private final Settings settings;

        HeaderCsvStreamFormat(DeserializationSchema<RowData> deserializer, Settings settings) {
            this.deserializer = deserializer;
            this.settings = settings;
        }

        @Override
        public StreamFormat.Reader<RowData> createReader(Configuration config, FSDataInputStream stream)
                throws IOException {
            try {
                deserializer.open(new OpenContext());
            } catch (Exception e) {
                throw new IOException("Cannot open Flink's csv deserializer", e);
            }
            CsvRecordSplitter splitter = new CsvRecordSplitter(
                    stream, settings.delimiter(), settings.quote(), settings.escape(), settings.allowComments());
            return new StreamFormat.Reader<>() {
                private boolean headerSeen = !settings.header();

                @Override
                public RowData read() throws IOException {
                    byte[] r;
                    while ((r = splitter.next()) != null) {
                        if (r.length == 0 || splitter.isComment(r)) {
                            continue;
                        }
                        if (!headerSeen) {
                            headerSeen = true;
                            continue;
                        }
                        RowData row = deserializer.deserialize(r);
                        if (row != null) {
                            return row;
                        }
                    }
                    return null;
                }

                @Override
                public void close() throws IOException {
                    stream.close();
                }
            };
        }

        @Override
        public TypeInformation<RowData> getProducedType() {
            return deserializer.getProducedType();
        }
    }

    /** Writes the header line into each new file, then one serialized row per line. */
    static final class HeaderCsvWriterFactory implements BulkWriter.Factory<RowData> {
        private static final long serialVersionUID = 1L;

        private final SerializationSchema<RowData> serializer;
        private final byte[] header;
        private transient boolean opened;

        HeaderCsvWriterFactory(SerializationSchema<RowData> serializer, byte[] header) {
            this.serializer = serializer;
            this.header = header;
        }

        @Override
        public BulkWriter<RowData> create(FSDataOutputStream out) throws IOException {
            if (!opened) {
                try {
                    serializer.open(new OpenContext());
                } catch (Exception e) {
                    throw new IOException("Cannot open Flink's csv serializer", e);
                }
                opened = true;
            }
            if (header != null) {
                out.write(header);
            }
            return new BulkWriter<>() {
                @Override
                public void addElement(RowData row) throws IOException {
                    out.write(serializer.serialize(row));
                    out.write('\n');
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void finish() throws IOException {
                    out.flush();
                }
            };
        }
    }
}
