/**
 * The network elements the simulated devices use, each speaking to the platform only through its real protocols: a
 * packet gateway (RADIUS Access and Accounting, RFC 2865/2866 with TS 29.061 attributes, answering Disconnect-Requests
 * of RFC 5176), an HLR posting location updates and purges to the network events API, and the platform's REST API.
 */
package org.simfleet.simulator.network;
