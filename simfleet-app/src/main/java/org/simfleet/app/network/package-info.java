/**
 * The network core's edge: the packet gateways Simfleet serves as AAA server, the RADIUS listener that answers them,
 * and the network events the HLR/HSS reports. Handlers for access and accounting live in their own features and are
 * plugged in here as {@link org.simfleet.radius.AccessHandler} and {@link org.simfleet.radius.AccountingHandler} beans.
 */
package org.simfleet.app.network;
