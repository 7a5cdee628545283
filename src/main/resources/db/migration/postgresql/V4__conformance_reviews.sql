-- Stored conformance reviews (issue #11): a review record per run of the engine on a township plan
-- version against a county plan version, and its findings with the reviewer's decisions
-- (ConformanceReviewEntity, ConformanceFindingEntity).
CREATE SEQUENCE conformance_finding_seq
    START WITH 100
    INCREMENT BY 100
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE SEQUENCE conformance_review_seq
    START WITH 10
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE conformance_review (
    id bigint NOT NULL,
    changes text NOT NULL,
    checklist_fingerprint character varying(100) NOT NULL,
    checklist_items integer NOT NULL,
    checklist_target character varying(200) NOT NULL,
    concluded_at timestamp without time zone,
    concluded_by character varying(200),
    conclusion character varying(40),
    conclusion_note character varying(4000),
    county_plan character varying(200) NOT NULL,
    county_title character varying(1000) NOT NULL,
    county_version integer NOT NULL,
    previous_id bigint NOT NULL,
    ran_at timestamp without time zone NOT NULL,
    ran_by character varying(200) NOT NULL,
    row_version bigint NOT NULL,
    suggested character varying(40) NOT NULL,
    township character varying(200) NOT NULL,
    township_plan character varying(200) NOT NULL,
    township_title character varying(1000) NOT NULL,
    township_version integer NOT NULL
);
CREATE TABLE conformance_finding (
    id bigint NOT NULL,
    carried_from bigint,
    category character varying(200) NOT NULL,
    county_clauses text NOT NULL,
    decided_at timestamp without time zone,
    decided_by character varying(200),
    decided_verdict character varying(20),
    decision character varying(20),
    evidence text NOT NULL,
    figures text,
    mandatory boolean NOT NULL,
    decision_note character varying(4000),
    finding_number integer NOT NULL,
    origin character varying(20) NOT NULL,
    reason text NOT NULL,
    requirement text NOT NULL,
    rule_name character varying(200) NOT NULL,
    severity character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    township_clauses text NOT NULL,
    review_id bigint NOT NULL
);
ALTER TABLE ONLY conformance_finding
    ADD CONSTRAINT conformance_finding_pkey PRIMARY KEY (id);
ALTER TABLE ONLY conformance_review
    ADD CONSTRAINT conformance_review_pkey PRIMARY KEY (id);
CREATE INDEX ix_conformance_review_plan ON conformance_review USING btree (township_plan);
ALTER TABLE ONLY conformance_finding
    ADD CONSTRAINT fk_conformance_finding_review_id FOREIGN KEY (review_id) REFERENCES conformance_review(id);
