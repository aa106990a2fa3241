package org.simfleet.app.tenant;

import java.time.Instant;

/** An organisation as the API shows it. */
record Organisation(long id, String name, OrgKind kind, Long parentId, Instant createdAt) {}
