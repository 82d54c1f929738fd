package io.lakejob.sdk.model.job;

import java.util.function.Consumer;

/**
 * The configuration of a Flink job ({@code job_config}, reference tables 9-37 and 9-42): the job's
 * {@link FlinkJobSettings} (every group: what the requests set) and what only the service
 * reports. Every field is as the service reported it and may be {@code null}; lists are never
 * {@code null}.
 *
 * @param settings the job's settings, never {@code null}
 * @param rootId the parent job id ({@code -1} for none)
 * @param graphEditorEnabled whether the stream graph editor is on
 * @param graphEditorData the stream graph editor data
 * @param executorNumber the number of compute nodes
 * @param executorCuNumber the CUs per compute node
 * @param configUrl the OBS path of the uploaded config package
 * @param image the custom image (in the 9.8 example, not in its table)
 * @param feature the feature (in the 9.8 example, not in its table)
 * @param flinkVersion the Flink version (in the 9.8 example, not in its table)
 */
public record FlinkJobConfig(
        FlinkJobSettings settings,
        Long rootId,
        Boolean graphEditorEnabled,
        String graphEditorData,
        Integer executorNumber,
        Integer executorCuNumber,
        String configUrl,
        String image,
        String feature,
        String flinkVersion)
        implements FlinkJobSettings.SqlUpdateView, FlinkJobSettings.JarView {

    /**
     * Replaces {@code null} settings with {@link FlinkJobSettings#NONE}.
     *
     * @param settings the job's settings, never {@code null}
     * @param rootId the parent job id ({@code -1} for none)
     * @param graphEditorEnabled whether the stream graph editor is on
     * @param graphEditorData the stream graph editor data
     * @param executorNumber the number of compute nodes
     * @param executorCuNumber the CUs per compute node
     * @param configUrl the OBS path of the uploaded config package
     * @param image the custom image (in the 9.8 example, not in its table)
     * @param feature the feature (in the 9.8 example, not in its table)
     * @param flinkVersion the Flink version (in the 9.8 example, not in its table)
     */
    public FlinkJobConfig {
        settings = settings == null ? FlinkJobSettings.NONE : settings;
    }

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .settings(settings)
                .rootId(rootId)
                .graphEditorEnabled(graphEditorEnabled)
                .graphEditorData(graphEditorData)
                .executorNumber(executorNumber)
                .executorCuNumber(executorCuNumber)
                .configUrl(configUrl)
                .image(image)
                .feature(feature)
                .flinkVersion(flinkVersion);
    }

    /**
     * Builds a {@link FlinkJobConfig}; the settings' setters come from
     * {@link FlinkJobSettings.SqlUpdateSetters} and {@link FlinkJobSettings.JarSetters}.
     */
    public static final class Builder
            implements FlinkJobSettings.SqlUpdateSetters<Builder>, FlinkJobSettings.JarSetters<Builder> {
        private FlinkJobSettings.Builder settings = FlinkJobSettings.builder();
        private Long rootId;
        private Boolean graphEditorEnabled;
        private String graphEditorData;
        private Integer executorNumber;
        private Integer executorCuNumber;
        private String configUrl;
        private String image;
        private String feature;
        private String flinkVersion;

        private Builder() {}

        /**
         * Replaces every setting.
         *
         * @param settings the settings; {@code null} for none
         * @return this builder
         */
        public Builder settings(FlinkJobSettings settings) {
            this.settings = settings == null ? FlinkJobSettings.builder() : settings.toBuilder();
            return this;
        }

        @Override
        public Builder settings(Consumer<FlinkJobSettings.Builder> change) {
            change.accept(settings);
            return this;
        }

        /**
         * Sets the parent job id ({@code -1} for none).
         *
         * @param rootId the value
         * @return this builder
         */
        public Builder rootId(Long rootId) {
            this.rootId = rootId;
            return this;
        }

        /**
         * Sets whether the stream graph editor is on.
         *
         * @param graphEditorEnabled the value
         * @return this builder
         */
        public Builder graphEditorEnabled(Boolean graphEditorEnabled) {
            this.graphEditorEnabled = graphEditorEnabled;
            return this;
        }

        /**
         * Sets the stream graph editor data.
         *
         * @param graphEditorData the value
         * @return this builder
         */
        public Builder graphEditorData(String graphEditorData) {
            this.graphEditorData = graphEditorData;
            return this;
        }

        /**
         * Sets the number of compute nodes.
         *
         * @param executorNumber the value
         * @return this builder
         */
        public Builder executorNumber(Integer executorNumber) {
            this.executorNumber = executorNumber;
            return this;
        }

        /**
         * Sets the CUs per compute node.
         *
         * @param executorCuNumber the value
         * @return this builder
         */
        public Builder executorCuNumber(Integer executorCuNumber) {
            this.executorCuNumber = executorCuNumber;
            return this;
        }

        /**
         * Sets the OBS path of the uploaded config package.
         *
         * @param configUrl the value
         * @return this builder
         */
        public Builder configUrl(String configUrl) {
            this.configUrl = configUrl;
            return this;
        }

        /**
         * Sets the custom image (in the 9.8 example, not in its table).
         *
         * @param image the value
         * @return this builder
         */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /**
         * Sets the feature (in the 9.8 example, not in its table).
         *
         * @param feature the value
         * @return this builder
         */
        public Builder feature(String feature) {
            this.feature = feature;
            return this;
        }

        /**
         * Sets the Flink version (in the 9.8 example, not in its table).
         *
         * @param flinkVersion the value
         * @return this builder
         */
        public Builder flinkVersion(String flinkVersion) {
            this.flinkVersion = flinkVersion;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public FlinkJobConfig build() {
            return new FlinkJobConfig(
                    settings.build(),
                    rootId,
                    graphEditorEnabled,
                    graphEditorData,
                    executorNumber,
                    executorCuNumber,
                    configUrl,
                    image,
                    feature,
                    flinkVersion);
        }
    }
}
