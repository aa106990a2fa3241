package org.simfleet.radius.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to radclient. Without radclient installed the class is skipped with the reason
 * printed, except with {@code CI=true}, where every suite is mandatory and the tests run and fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RadclientCondition.class)
public @interface RequiresRadclient {}
