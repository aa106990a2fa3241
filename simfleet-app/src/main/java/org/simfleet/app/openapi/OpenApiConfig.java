package org.simfleet.app.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.simfleet.app.SimfleetApplication;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's title, licence and security: every operation takes the bearer {@code auth_token} from
 * {@code POST /api/v1/authenticate} (RFC 6750), so the scheme is declared once and required globally;
 * {@link PublicOperations} lifts it where the security configuration lets anonymous requests in.
 */
@Configuration
class OpenApiConfig {

    static final String BEARER = "bearer_token";

    @Bean
    OpenAPI simfleetOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Simfleet API")
                        .version(version())
                        .description(
                                """
                                Manage IoT SIMs, endpoints, policies, users and tokens of a Simfleet platform. \
                                Authenticate with POST /api/v1/authenticate and send the auth_token as \
                                'Authorization: Bearer <auth_token>'. Errors are RFC 9457 problem documents \
                                (application/problem+json) naming each wrong field. Lists take page, per_page \
                                and sort and answer with X-Total-Count and an RFC 8288 Link header. A POST that \
                                creates something accepts an Idempotency-Key header: a retry with the same key \
                                and request replays the first answer instead of creating a second object.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("sf1 auth_token")
                                        .description("The auth_token answered by POST /api/v1/authenticate")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * The API writes snake_case JSON (Jackson 3, configured in application.yml), but swagger-core reads
     * the records with its own Jackson 2 mapper; without the same naming strategy the schemas would
     * name every field in camelCase and mislead every client generated from them.
     */
    @Bean
    ModelResolver snakeCaseModels(ObjectMapperProvider springdoc) {
        return new ModelResolver(
                        springdoc.jsonMapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(springdoc.isOpenapi31());
    }

    /** The release in a packaged jar's manifest; a build from the IDE or the tests has none. */
    private static String version() {
        String v = SimfleetApplication.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
