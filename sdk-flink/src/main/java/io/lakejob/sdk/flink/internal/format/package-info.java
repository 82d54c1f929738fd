/**
 * The {@code lakejob-csv} table format: csv with a header line, as DLI tables with {@code
 * with_column_header=true} have, and the jar that ships it to clusters outside this JVM.
 */
package io.lakejob.sdk.flink.internal.format;
