/**
 * Service policies (which services, radio types and APNs a device may use, with monthly limits) and
 * coverage policies (which countries and networks it may roam to), per organisation. Endpoints point at
 * one of each; the AAA read model reads them through {@link org.simfleet.app.policy.Policies}.
 */
package org.simfleet.app.policy;
