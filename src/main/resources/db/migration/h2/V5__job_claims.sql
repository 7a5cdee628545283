-- Jobs claimed by one app node at a time (issue #16.4): a conformance review run of one township
-- plan, the confirmation of an upload into one plan's draft. The job's name is the key: a second
-- claim of it fails on the key until the first is released (JobClaimEntity, JpaJobClaims).
CREATE TABLE "JOB_CLAIM"(
    "JOB" CHARACTER VARYING(400) NOT NULL,
    "CLAIMED_AT" TIMESTAMP NOT NULL,
    "NODE" CHARACTER VARYING(40) NOT NULL
);
ALTER TABLE "JOB_CLAIM" ADD PRIMARY KEY("JOB");
