package org.simfleet.app.tenant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains. The API (everything under {@code /api}, the actuator and the API's docs) is stateless: every request carries a bearer token, so there is no session and no cookie
 * to protect with CSRF tokens. Reads need any role; every other method needs ADMIN or USER, so a
 * READ_ONLY caller cannot change anything whatever a controller forgets. The one exception is the
 * network events the HLR/HSS reports, which a NETWORK token may post too.
 *
 * <p>The portal (every other path) signs people in with a form and keeps them in a session cookie, so it
 * needs CSRF tokens; the same rule holds there: READ_ONLY may read, and may only change its own password
 * and sign out. The services refuse such a change again whatever a page shows.
 */
@Configuration
class SecurityConfig {

    /**
     * No observation around each security filter: with observations on, every request started and stopped a timer
     * per filter (about a tenth of a request's CPU in the SMS benchmark). Requests are still timed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerCallers callers) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(callers), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> SecurityProblems.write(
                                res,
                                401,
                                "Unauthorized",
                                "Send Authorization: Bearer <auth_token> from POST /api/v1/authenticate"))
                        .accessDeniedHandler((req, res, ex) -> SecurityProblems.write(
                                res, 403, "Forbidden", "Your role may read but not change anything")))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/authenticate")
                        .permitAll()
                        .requestMatchers(
                                "/api/v1/openapi.json",
                                "/api/v1/openapi.json/**",
                                "/api/v1/docs",
                                "/api/v1/docs/**",
                                "/api/v1/swagger-ui/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/network/events")
                        .hasAnyRole("ADMIN", "USER", "NETWORK")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        // calculations that change nothing: every role may use them, as it may read
                        .requestMatchers(HttpMethod.POST, "/api/v1/device-models/*/apn-commands", "/api/v1/tools/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .authenticated()
                        .requestMatchers("/api/**")
                        .hasAnyRole("ADMIN", "USER")
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalSignIn signIn, CallerLookup callers) throws Exception {
        http.authenticationProvider(signIn)
                .httpBasic(b -> b.disable())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .addFilterAfter(new SessionCaller(callers), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.accessDeniedPage("/denied"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " frame-ancestors 'none'; form-action 'self'")))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/login", "/error", "/denied", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/**")
                        .authenticated()
                        // changing one's own password and calculating change nothing of the organisation's
                        .requestMatchers(HttpMethod.POST, "/account/password", "/admin/power/**")
                        .authenticated()
                        .anyRequest()
                        .hasAnyRole("ADMIN", "USER"));
        return http.build();
    }

    /** Replaces Boot's generated in-memory user: Simfleet authenticates only through its own tokens. */
    @Bean
    UserDetailsService noFormUsers() {
        return new InMemoryUserDetailsManager();
    }
}
