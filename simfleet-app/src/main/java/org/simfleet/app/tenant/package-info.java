/**
 * Organisations (the platform operator and the customers it serves), their users and application
 * tokens, and how a request proves who it is: a short-lived signed bearer token obtained from
 * {@code POST /api/v1/authenticate}. Every other feature receives the resulting {@link
 * org.simfleet.app.tenant.Caller} and scopes its queries by it.
 */
package org.simfleet.app.tenant;
