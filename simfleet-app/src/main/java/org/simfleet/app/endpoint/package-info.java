/**
 * Endpoints: an organisation's devices, each with tags, an optional IMEI lock, a service and a coverage
 * policy and at most one SIM (a SIM serves at most one endpoint). Other features read the device behind
 * a SIM through {@link org.simfleet.app.endpoint.EndpointBindings}.
 */
package org.simfleet.app.endpoint;
