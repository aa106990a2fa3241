package org.simfleet.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that run a real FreeRADIUS server as the peer (Debian package {@code freeradius}): skipped, saying why,
 * when it is not installed, unless CI=true makes it mandatory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreeradiusCondition.class)
public @interface RequiresFreeradius {}
