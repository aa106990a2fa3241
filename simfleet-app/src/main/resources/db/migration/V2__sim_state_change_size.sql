-- A scheduled state change keeps its selector as JSON until it runs; a list of up to 100,000 ICCIDs is
-- about 2.3 MB, far beyond V1's 4,000 characters. VARCHAR without a length is unbounded on PostgreSQL and
-- 1,000,000,000 characters on H2, and stays an ordinary (non-LOB) column on both.
ALTER TABLE sim_state_change ALTER COLUMN selector SET DATA TYPE VARCHAR;

-- How many SIMs a change selected; with succeeded and failed it also tells how many were left unchanged.
ALTER TABLE sim_state_change ADD COLUMN requested INT;
