/** A standalone session cluster somebody else runs, reached at its REST address. */
package io.lakejob.sdk.flink.internal.targets.standalone;
