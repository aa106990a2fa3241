package org.simfleet.app.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs {@link RequiresFreeradius} classes when FreeRADIUS is installed or CI=true; skips them, saying why, otherwise. */
public final class FreeradiusCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (FreeradiusDas.installed()) {
            return ConditionEvaluationResult.enabled("freeradius is installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled(
                    "CI=true: FreeRADIUS is mandatory, so its absence fails the tests");
        }
        String reason = "skipped " + context.getDisplayName() + ": " + FreeradiusDas.BINARY
                + " is missing (Debian package freeradius); set CI=true to make this a failure";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
