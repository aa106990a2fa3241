-- Network elements (HLR/HSS) authenticate with application tokens of the new role NETWORK, which may post network
-- events and change nothing else. Users never get it; the application refuses it for them.
ALTER TABLE application_token DROP CONSTRAINT application_token_role_ck;
ALTER TABLE application_token ADD CONSTRAINT application_token_role_ck
    CHECK (role IN ('ADMIN', 'USER', 'READ_ONLY', 'NETWORK'));

-- Where in the visited network the SIM last registered, as the location update reported it: Location Area Code
-- (2G/3G, TS 23.003 §4.1), Tracking Area Code (16 bits in LTE, 24 bits in 5G, TS 23.003) and cell identity
-- (CI, UMTS cell id, E-UTRAN ECI or NR cell id, up to 36 bits). Null when the network did not report it.
ALTER TABLE network_registration ADD COLUMN lac INT;
ALTER TABLE network_registration ADD COLUMN tac INT;
ALTER TABLE network_registration ADD COLUMN cell_id BIGINT;

-- Meaning kept from V5, made precise: since is when the current registration (or block, or detach) began, and
-- updated_at is when the network event that last changed the row occurred, so an older event delivered late
-- never overwrites a newer state.
