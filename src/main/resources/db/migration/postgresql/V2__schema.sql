-- The whole schema of PlanTrace on PostgreSQL as of the plan chain (release 1b1c968), which is
-- version 2 of the H2 store too: PostgreSQL stores begin here (there is no older one to migrate).
-- Made by EclipseLink's schema generation on PostgreSQL 15 and read back with pg_dump --schema-only.
CREATE TABLE account (
    username character varying(40) NOT NULL,
    display_name character varying(60) NOT NULL,
    failed_attempts integer NOT NULL,
    locked_until bytea,
    password_change_required boolean NOT NULL,
    password_hash character varying(200) NOT NULL,
    roles character varying(200) NOT NULL
);
CREATE TABLE audit_entry (
    id bigint NOT NULL,
    action character varying(40) NOT NULL,
    after_text text NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    before_text text NOT NULL,
    clause_uid character varying(64) NOT NULL,
    detail character varying(1000) NOT NULL,
    plan_code character varying(200) NOT NULL,
    username character varying(200) NOT NULL,
    version_number integer NOT NULL
);
CREATE SEQUENCE audit_seq
    START WITH 20
    INCREMENT BY 20
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE clause (
    id bigint NOT NULL,
    eid character varying(1000),
    heading character varying(10000) NOT NULL,
    kind character varying(20) NOT NULL,
    location character varying(200) NOT NULL,
    mandatory boolean NOT NULL,
    num character varying(200) NOT NULL,
    ordinal integer NOT NULL,
    parent_ordinal integer,
    provenance character varying(20),
    revision bigint,
    spans text NOT NULL,
    clause_text text NOT NULL,
    uid character varying(64) NOT NULL,
    version_id bigint
);
CREATE TABLE clause_link (
    id bigint NOT NULL,
    anchor_end integer NOT NULL,
    anchor_field character varying(10) NOT NULL,
    anchor_start integer NOT NULL,
    anchor_text character varying(4000) NOT NULL,
    category character varying(100),
    clause_uid character varying(64) NOT NULL,
    decided_at timestamp without time zone NOT NULL,
    decided_by character varying(200) NOT NULL,
    entity_id character varying(200),
    layer_kind character varying(100),
    layer_label character varying(200),
    name character varying(1000) NOT NULL,
    op character varying(10),
    origin character varying(1200),
    plan_code character varying(200) NOT NULL,
    rule_text character varying(2000),
    status character varying(20) NOT NULL,
    link_type character varying(30) NOT NULL,
    unit character varying(200),
    value_text character varying(60),
    value_max_text character varying(60),
    version_number integer NOT NULL,
    target_year integer
);
CREATE SEQUENCE clause_link_seq
    START WITH 1000
    INCREMENT BY 1000
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE SEQUENCE clause_seq
    START WITH 1000
    INCREMENT BY 1000
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE link_derivation (
    plan_code character varying(200) NOT NULL,
    version_number integer NOT NULL,
    derived_at timestamp without time zone NOT NULL
);
CREATE TABLE plan (
    code character varying(200) NOT NULL,
    admin_code character varying(40),
    jurisdiction character varying(200),
    jurisdiction_entity character varying(200),
    plan_level character varying(40) NOT NULL,
    name character varying(1000) NOT NULL,
    parent_code character varying(200),
    period_from integer,
    period_to integer,
    region character varying(1000) NOT NULL
);
CREATE TABLE plan_version (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    version_number integer NOT NULL,
    published_at timestamp without time zone,
    source_name character varying(1000),
    status character varying(20) NOT NULL,
    plan_code character varying(200) NOT NULL
);
CREATE SEQUENCE plan_version_seq
    START WITH 10
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE review_comment (
    id bigint NOT NULL,
    written_at timestamp without time zone NOT NULL,
    author character varying(200) NOT NULL,
    body text NOT NULL,
    thread_id bigint NOT NULL
);
CREATE SEQUENCE review_comment_seq
    START WITH 20
    INCREMENT BY 20
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE review_thread (
    id bigint NOT NULL,
    base_heading character varying(10000),
    base_text text,
    clause_uid character varying(64) NOT NULL,
    decided_at timestamp without time zone,
    decided_by character varying(200),
    plan_code character varying(200) NOT NULL,
    plan_version integer NOT NULL,
    quote text NOT NULL,
    resolved_at timestamp without time zone,
    resolved_by character varying(200) NOT NULL,
    row_version bigint NOT NULL,
    span_end integer,
    span_start integer,
    status character varying(20) NOT NULL,
    suggested_heading character varying(10000),
    suggested_text text,
    suggestion_state character varying(20)
);
CREATE SEQUENCE review_thread_seq
    START WITH 20
    INCREMENT BY 20
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE ONLY account
    ADD CONSTRAINT account_pkey PRIMARY KEY (username);
ALTER TABLE ONLY audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);
ALTER TABLE ONLY clause_link
    ADD CONSTRAINT clause_link_pkey PRIMARY KEY (id);
ALTER TABLE ONLY clause
    ADD CONSTRAINT clause_pkey PRIMARY KEY (id);
ALTER TABLE ONLY link_derivation
    ADD CONSTRAINT link_derivation_pkey PRIMARY KEY (plan_code, version_number);
ALTER TABLE ONLY plan
    ADD CONSTRAINT plan_pkey PRIMARY KEY (code);
ALTER TABLE ONLY plan_version
    ADD CONSTRAINT plan_version_pkey PRIMARY KEY (id);
ALTER TABLE ONLY review_comment
    ADD CONSTRAINT review_comment_pkey PRIMARY KEY (id);
ALTER TABLE ONLY review_thread
    ADD CONSTRAINT review_thread_pkey PRIMARY KEY (id);
ALTER TABLE ONLY clause
    ADD CONSTRAINT uq_clause_ordinal UNIQUE (version_id, ordinal);
ALTER TABLE ONLY clause
    ADD CONSTRAINT uq_clause_uid UNIQUE (version_id, uid);
ALTER TABLE ONLY plan_version
    ADD CONSTRAINT uq_plan_version_number UNIQUE (plan_code, version_number);
CREATE INDEX ix_audit_clause ON audit_entry USING btree (plan_code, clause_uid, id);
CREATE INDEX ix_audit_plan ON audit_entry USING btree (plan_code, id);
CREATE INDEX ix_clause_uid ON clause USING btree (uid);
CREATE INDEX ix_link_clause ON clause_link USING btree (plan_code, version_number, clause_uid);
CREATE INDEX ix_review_thread_clause ON review_thread USING btree (plan_code, clause_uid);
ALTER TABLE ONLY clause
    ADD CONSTRAINT fk_clause_version_id FOREIGN KEY (version_id) REFERENCES plan_version(id);
ALTER TABLE ONLY plan_version
    ADD CONSTRAINT fk_plan_version_plan_code FOREIGN KEY (plan_code) REFERENCES plan(code);
ALTER TABLE ONLY review_comment
    ADD CONSTRAINT fk_review_comment_thread_id FOREIGN KEY (thread_id) REFERENCES review_thread(id);
