-- Each organisation's IPv4 address pool and the static address each of its endpoints holds from it. The pool lives in
-- a table of its own (one row per organisation, cidr NULL without a pool) so that allocating an address can lock the
-- row (SELECT ... FOR UPDATE) without blocking the foreign-key checks of every insert that names the organisation.
CREATE TABLE ip_pool (
    org_id         BIGINT                   PRIMARY KEY REFERENCES organisation (id),
    cidr           VARCHAR(18),
    first_address  BIGINT,
    last_address   BIGINT,
    -- Every address of the pool below next_free is held: allocation starts looking there (a hint, kept exact).
    next_free      BIGINT,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ip_pool_range_ix ON ip_pool (first_address, last_address);
INSERT INTO ip_pool (org_id, updated_at) SELECT id, CURRENT_TIMESTAMP FROM organisation;

-- ip_address is the dotted quad users see and search; ip_number the same address as a number, for the lowest-free
-- search and range checks. Both are NULL exactly when the organisation has no pool.
ALTER TABLE endpoint ADD COLUMN ip_address VARCHAR(15);
ALTER TABLE endpoint ADD COLUMN ip_number BIGINT;
ALTER TABLE endpoint ADD CONSTRAINT endpoint_ip_address_uq UNIQUE (org_id, ip_address);
CREATE UNIQUE INDEX endpoint_ip_number_ix ON endpoint (org_id, ip_number);
