/**
 * The web portal: server-rendered pages (Thymeleaf, htmx, Chart.js served as WebJars) for operators and
 * fleet owners. Controllers here hold no business rules: they call the same services as the REST API,
 * with the signed-in {@code Caller}, and turn a refusal into a message on the page.
 */
package org.simfleet.app.portal;
