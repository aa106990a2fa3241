package org.simfleet.app.device;

import java.util.function.UnaryOperator;

/**
 * A parameter as the API lists it, with the check that turns a raw value into the one the commands carry. The check
 * throws {@link IllegalArgumentException} with the reason when the value would break the command's syntax.
 */
record ParameterRule(ModelParameter parameter, UnaryOperator<String> check) {

    String name() {
        return parameter.name();
    }
}
