-- The change log other app nodes follow (issue #16.4): one row per changed version, written in the
-- same transaction as the change (ChangeEntity).
CREATE SEQUENCE change_log_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE change_log (
    id bigint NOT NULL,
    node character varying(40) NOT NULL,
    plan_code character varying(200) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    version_number integer NOT NULL
);
ALTER TABLE ONLY change_log ADD CONSTRAINT change_log_pkey PRIMARY KEY (id);
