package org.simfleet.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Removes the global bearer requirement from the operations anyone may call, so the document says what
 * the security configuration does: obtaining a token cannot need one. An empty security list is the
 * OpenAPI 3 way to say "no authentication" for one operation (OpenAPI 3.0.3, Operation Object).
 */
@Component
class PublicOperations implements OpenApiCustomizer {

    static final Set<String> PATHS = Set.of("/api/v1/authenticate");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (PATHS.contains(path)) {
                item.readOperations().forEach(op -> op.setSecurity(List.of()));
            }
        });
    }
}
