package org.simfleet.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the optional {@code Idempotency-Key} header on every POST that needs a token: the
 * idempotency filter handles it before any controller sees the request, so no controller signature
 * would make springdoc list it.
 */
@Component
class IdempotencyKeyParameter implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (item.getPost() != null && !PublicOperations.PATHS.contains(path)) {
                item.getPost()
                        .addParametersItem(new HeaderParameter()
                                .name("Idempotency-Key")
                                .required(false)
                                .description(
                                        """
                                        1 to 200 printable characters, unique per intended request (a UUID \
                                        does). Repeating the request with the same key within 24 hours \
                                        replays the first answer with 'Idempotent-Replayed: true' instead \
                                        of running it again; the same key with a different request answers \
                                        422, and while the first request still runs, 409.""")
                                .schema(new StringSchema().minLength(1).maxLength(200)));
            }
        });
    }
}
