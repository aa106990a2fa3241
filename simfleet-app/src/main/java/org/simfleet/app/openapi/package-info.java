/**
 * How the API describes itself: the OpenAPI 3 document at {@code /api/v1/openapi.json} and the Swagger
 * UI at {@code /api/v1/docs}, with the bearer-token scheme and the headers every client needs to know.
 * Wiring only; the operations themselves come from the controllers.
 */
package org.simfleet.app.openapi;
