package org.simfleet.radius.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link RequiresRadclient} classes when radclient is installed or CI=true; skips them, saying why, otherwise. */
public final class RadclientCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Radclient.installed()) {
            return ConditionEvaluationResult.enabled("radclient is installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: radclient is mandatory, so its absence fails the tests");
        }
        String reason = "skipped " + context.getDisplayName() + ": " + Radclient.BINARY
                + " is missing (Debian package freeradius-utils); set CI=true to make this a failure";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
