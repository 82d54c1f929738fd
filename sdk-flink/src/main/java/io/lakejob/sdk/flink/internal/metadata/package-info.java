/**
 * The metadata directory ({@code flink.metadata.dir}): one JSON document per kind of object,
 * written crash-safely, loaded by the next client, with jobs left running by a dead client
 * re-attached through their deployment target.
 */
package io.lakejob.sdk.flink.internal.metadata;
