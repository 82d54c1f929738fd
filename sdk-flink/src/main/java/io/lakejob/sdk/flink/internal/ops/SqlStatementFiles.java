package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.model.sql.Compression;
import io.lakejob.sdk.model.sql.EncodingType;
import io.lakejob.sdk.model.sql.ExportMode;
import io.lakejob.sdk.model.sql.SqlDataType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Writes exported rows (reference 7.3.2 and 7.3.10) into one file {@code part-00000.<csv|json>[.gz|.deflate]}
 * in a folder of any Flink file system: csv with an optional header line, or json with one object
 * per line.
 */
final class SqlStatementFiles implements AutoCloseable {
    private final Writer out;
    private final boolean json;
    private final List<String> columns;
    private final char delimiter;

    private SqlStatementFiles(Writer out, boolean json, List<String> columns, char delimiter) {
        this.out = out;
        this.json = json;
        this.columns = columns;
        this.delimiter = delimiter;
    }

    /**
     * Opens the export file, applying the export mode to the folder.
     *
     * @param folder the folder (a Flink path)
     * @param mode {@code ErrorIfExists} (default) fails when the folder holds files; {@code Overwrite} clears it
     * @param type csv (default) or json
     * @param compress gzip, deflate or none
     * @param encoding the character set; utf-8 by default
     * @param columns the column names
     * @param header whether csv gets a header line
     * @return the writer
     * @throws IOException when the folder cannot be prepared
     */
    static SqlStatementFiles open(
            String folder,
            ExportMode mode,
            SqlDataType type,
            Compression compress,
            EncodingType encoding,
            List<String> columns,
            boolean header)
            throws IOException {
        boolean json = SqlDataType.JSON.equals(type);
        if (type != null && !json && !SqlDataType.CSV.equals(type)) {
            throw LocalErrors.invalid("data_type", "exports write csv or json, not " + type);
        }
        Path dir = new Path(folder);
        FileSystem fs = dir.getFileSystem();
        org.apache.flink.core.fs.FileStatus[] existing = fs.exists(dir) ? fs.listStatus(dir) : null;
        if (existing != null && existing.length > 0) {
            if (!ExportMode.OVERWRITE.equals(mode)) {
                throw LocalErrors.exists("Export folder " + folder);
            }
            fs.delete(dir, true);
        }
        fs.mkdirs(dir);
        String suffix =
                Compression.GZIP.equals(compress) ? ".gz" : Compression.DEFLATE.equals(compress) ? ".deflate" : "";
        OutputStream os = fs.create(
                new Path(dir, "part-00000." + (json ? "json" : "csv") + suffix), FileSystem.WriteMode.OVERWRITE);
        if (Compression.GZIP.equals(compress)) {
            os = new GZIPOutputStream(os);
        } else if (Compression.DEFLATE.equals(compress)) {
            os = new DeflaterOutputStream(os);
        }
        Charset cs = encoding == null || EncodingType.UTF_8.equals(encoding)
                ? StandardCharsets.UTF_8
                : Charset.forName(encoding.value());
        SqlStatementFiles f = new SqlStatementFiles(
                new BufferedWriter(new OutputStreamWriter(os, cs)), json, List.copyOf(columns), ',');
        if (header && !json) {
            f.writeCsv(List.copyOf(columns));
        }
        return f;
    }

    /**
     * Writes one row.
     *
     * @param values JSON-like values
     * @throws IOException on a write error
     */
    void write(List<?> values) throws IOException {
        if (json) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                io.lakejob.sdk.flink.internal.format.JsonText.appendQuoted(
                        sb, i < columns.size() ? columns.get(i) : "c" + i);
                sb.append(':');
                Object v = values.get(i);
                if (v == null || v instanceof Number || v instanceof Boolean) {
                    sb.append(v);
                } else {
                    io.lakejob.sdk.flink.internal.format.JsonText.appendQuoted(sb, String.valueOf(v));
                }
            }
            out.write(sb.append("}\n").toString());
        } else {
            writeCsv(values);
        }
    }

    private void writeCsv(List<?> values) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            String s = String.valueOf(v);
            if (s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        out.write(sb.append('\n').toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
