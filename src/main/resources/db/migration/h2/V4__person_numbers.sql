-- Each person's key once, in a table of its own; a fact carries the person's number (INT) instead of
-- the key's 32 bytes, so the row and its person index entry are small. Numbers of existing persons
-- follow the order of their keys. The scope index is gone: FactStore finds what a run replaces from
-- import_scope and works per municipality and year through the person index.
CREATE TABLE person (
    id         INT           NOT NULL PRIMARY KEY,
    person_key VARBINARY(64) NOT NULL
);
INSERT INTO person (id, person_key)
    SELECT ROW_NUMBER() OVER (ORDER BY person_id), person_id FROM (SELECT DISTINCT person_id FROM person_month) AS d;
CREATE UNIQUE INDEX person_key_unique ON person (person_key);
ALTER TABLE person_month ADD COLUMN person_no INT;
UPDATE person_month SET person_no = (SELECT p.id FROM person p WHERE p.person_key = person_month.person_id);
ALTER TABLE person_month ALTER COLUMN person_no SET NOT NULL;
DROP INDEX IF EXISTS person_month_person;
DROP INDEX IF EXISTS person_month_scope;
ALTER TABLE person_month DROP COLUMN person_id;
CREATE INDEX person_month_person ON person_month (municipality, period_year, person_no);
