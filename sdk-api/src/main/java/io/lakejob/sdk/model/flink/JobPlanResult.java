package io.lakejob.sdk.model.flink;

/**
 * The outcome of {@code GetJobPlan}: the job graph Flink would run, as JSON (Flink's
 * {@code JsonPlanGenerator} format).
 *
 * @param plan the JSON plan text
 */
public record JobPlanResult(String plan) {}
