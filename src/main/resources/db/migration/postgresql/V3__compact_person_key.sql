-- Person keys as 32 bytes (the HMAC itself) instead of 64 hex characters; a key that is not 64 hex
-- characters (never written by the importer) keeps its UTF-8 bytes after a 0 byte. The person index
-- is no longer maintained row by row: FactStore builds it in one pass after a large import.
DROP INDEX person_month_person;
ALTER TABLE person_month ADD COLUMN person_id BYTEA;
UPDATE person_month SET person_id = CASE WHEN person_key ~ '^[0-9a-f]{64}$'
    THEN decode(person_key, 'hex') ELSE '\x00'::bytea || convert_to(person_key, 'UTF8') END;
ALTER TABLE person_month ALTER COLUMN person_id SET NOT NULL;
ALTER TABLE person_month DROP COLUMN person_key;
CREATE INDEX person_month_person ON person_month (municipality, period_year, person_id);
-- The scope index leads with the month, so only the person index serves a municipality's year in
-- person order (with both led by municipality and year, the planner could take the scope index and sort).
DROP INDEX person_month_scope;
CREATE INDEX person_month_scope ON person_month (period_year, period_month, municipality);
