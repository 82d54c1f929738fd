/** JUnit 5 support: {@link io.lakejob.sdk.flink.junit.LakeJobFlinkExtension} gives tests a shared embedded Flink cluster. */
package io.lakejob.sdk.flink.junit;
