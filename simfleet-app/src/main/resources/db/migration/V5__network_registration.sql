-- Where the HLR/HSS last saw each SIM (Update Location / Update GPRS Location, Purge, Cancel): one row per SIM,
-- replaced by each network event. Together with open data sessions it gives an endpoint's connectivity status.
CREATE TABLE network_registration (
    sim_id          BIGINT                   PRIMARY KEY REFERENCES sim (id),
    org_id          BIGINT                   NOT NULL REFERENCES organisation (id),
    attached        BOOLEAN                  NOT NULL,
    domain          VARCHAR(2),
    mcc             VARCHAR(3),
    mnc             VARCHAR(3),
    rat_type        VARCHAR(16),
    node            VARCHAR(100),
    blocked_reason  VARCHAR(500),
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT network_registration_domain_ck CHECK (domain IN ('CS', 'PS'))
);
