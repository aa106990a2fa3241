/**
 * The demo organisation behind {@code ./simfleet demo}: a customer fleet seeded through the public REST
 * API, as a customer's own script would build it, so the demo shows exactly what the API produces.
 */
package org.simfleet.app.demo;
