-- The change log other app nodes follow (issue #16.4): one row per changed version, written in the
-- same transaction as the change (ChangeEntity).
CREATE SEQUENCE "CHANGE_LOG_SEQ" START WITH 1 INCREMENT BY 1;
CREATE TABLE "CHANGE_LOG"(
    "ID" BIGINT NOT NULL,
    "NODE" CHARACTER VARYING(40) NOT NULL,
    "PLAN_CODE" CHARACTER VARYING(200) NOT NULL,
    "RECORDED_AT" TIMESTAMP NOT NULL,
    "VERSION_NUMBER" INTEGER NOT NULL
);
ALTER TABLE "CHANGE_LOG" ADD PRIMARY KEY("ID");
