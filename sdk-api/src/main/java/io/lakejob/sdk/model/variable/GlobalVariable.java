package io.lakejob.sdk.model.variable;

import java.time.Instant;

/**
 * A global variable as the service lists it (reference table 13-18). {@link #toString()} masks
 * the value of a sensitive variable.
 *
 * @param id the variable's id, or {@code null} if not sent
 * @param varName the name
 * @param varValue the value (the service may hide the value of a sensitive variable)
 * @param projectId the project id, or {@code null}
 * @param userId the id of the user who created it, or {@code null}
 * @param userName the name of the user who created it, or {@code null}
 * @param isSensitive whether the variable is sensitive, or {@code null} if not sent
 * @param createTime when it was created (epoch milliseconds on the wire), or {@code null}
 * @param updateTime when it was last changed (epoch milliseconds on the wire), or {@code null}
 */
public record GlobalVariable(
        Long id,
        String varName,
        String varValue,
        String projectId,
        String userId,
        String userName,
        Boolean isSensitive,
        Instant createTime,
        Instant updateTime) {

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this variable's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .varName(varName)
                .varValue(varValue)
                .projectId(projectId)
                .userId(userId)
                .userName(userName)
                .isSensitive(isSensitive)
                .createTime(createTime)
                .updateTime(updateTime);
    }

    /**
     * Shows every field, the value masked when the variable is sensitive.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "GlobalVariable[id=" + id + ", varName=" + varName + ", varValue="
                + (Boolean.TRUE.equals(isSensitive) ? "***" : varValue) + ", projectId=" + projectId + ", userId="
                + userId + ", userName=" + userName + ", isSensitive=" + isSensitive + ", createTime=" + createTime
                + ", updateTime=" + updateTime + "]";
    }

    /** Builds a {@link GlobalVariable}. */
    public static final class Builder {
        private Long id;
        private String varName;
        private String varValue;
        private String projectId;
        private String userId;
        private String userName;
        private Boolean isSensitive;
        private Instant createTime;
        private Instant updateTime;

        private Builder() {}

        /**
         * Sets the id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param varName the name
         * @return this builder
         */
        public Builder varName(String varName) {
            this.varName = varName;
            return this;
        }

        /**
         * Sets the value.
         *
         * @param varValue the value
         * @return this builder
         */
        public Builder varValue(String varValue) {
            this.varValue = varValue;
            return this;
        }

        /**
         * Sets the project id.
         *
         * @param projectId the project id
         * @return this builder
         */
        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        /**
         * Sets the creator's user id.
         *
         * @param userId the user id
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets the creator's user name.
         *
         * @param userName the user name
         * @return this builder
         */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /**
         * Sets whether the variable is sensitive.
         *
         * @param isSensitive the flag
         * @return this builder
         */
        public Builder isSensitive(Boolean isSensitive) {
            this.isSensitive = isSensitive;
            return this;
        }

        /**
         * Sets the creation time.
         *
         * @param createTime the time
         * @return this builder
         */
        public Builder createTime(Instant createTime) {
            this.createTime = createTime;
            return this;
        }

        /**
         * Sets the last change time.
         *
         * @param updateTime the time
         * @return this builder
         */
        public Builder updateTime(Instant updateTime) {
            this.updateTime = updateTime;
            return this;
        }

        /**
         * Builds the variable (no validation: it describes what the service returned).
         *
         * @return the variable
         */
        public GlobalVariable build() {
            return new GlobalVariable(
                    id, varName, varValue, projectId, userId, userName, isSensitive, createTime, updateTime);
        }
    }
}
