-- Person keys as 32 bytes (the HMAC itself) instead of 64 hex characters; a key that is not 64 hex
-- characters (never written by the importer) keeps its UTF-8 bytes after a 0 byte. The person index
-- is no longer maintained row by row: FactStore builds it in one pass after a large import.
CREATE ALIAS KOSTRA_HEX_TO_BYTES FOR 'org.h2.util.StringUtils.convertHexToBytes';
DROP INDEX person_month_person;
ALTER TABLE person_month ADD COLUMN person_id VARBINARY(64);
UPDATE person_month SET person_id = CASE WHEN REGEXP_LIKE(person_key, '^[0-9a-f]{64}$')
    THEN KOSTRA_HEX_TO_BYTES(person_key) ELSE X'00' || CAST(person_key AS VARBINARY) END;
ALTER TABLE person_month ALTER COLUMN person_id SET NOT NULL;
ALTER TABLE person_month DROP COLUMN person_key;
DROP ALIAS KOSTRA_HEX_TO_BYTES;
CREATE INDEX person_month_person ON person_month (municipality, period_year, person_id);
-- The scope index leads with the month, so only the person index serves a municipality's year in
-- person order (with both led by municipality and year, the planner could take the scope index and sort).
DROP INDEX person_month_scope;
CREATE INDEX person_month_scope ON person_month (period_year, period_month, municipality);
