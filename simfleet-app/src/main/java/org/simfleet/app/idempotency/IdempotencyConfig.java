package org.simfleet.app.idempotency;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Registers the filter right after Spring Security's filter chain: late enough to know the caller whose
 * organisation scopes the keys, early enough that the whole controller call, transaction included, runs
 * inside it.
 */
@Configuration
class IdempotencyConfig {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyKeys keys,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
            SecurityFilterProperties security) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems));
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(security.getOrder() + 1);
        return registration;
    }
}
