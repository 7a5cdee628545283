-- Jobs claimed by one app node at a time (issue #16.4): a conformance review run of one township
-- plan, the confirmation of an upload into one plan's draft. The job's name is the key: a second
-- claim of it fails on the key until the first is released (JobClaimEntity, JpaJobClaims).
CREATE TABLE job_claim (
    job character varying(400) NOT NULL,
    claimed_at timestamp without time zone NOT NULL,
    node character varying(40) NOT NULL
);
ALTER TABLE ONLY job_claim ADD CONSTRAINT job_claim_pkey PRIMARY KEY (job);
