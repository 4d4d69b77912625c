-- The person-year as SSB counts it, from the rows of the extract (see PersonYears and CsvExtractReader).
CREATE MACRO clean(v) AS coalesce(trim(regexp_replace(trim(v), '^="(.*)"$', '\1')), '');

CREATE MACRO blank_null(v) AS nullif(v, '');

CREATE MACRO digit(s, i) AS TRY_CAST(substr(s, i, 1) AS INTEGER);

CREATE MACRO digits2(s, i) AS TRY_CAST(substr(s, i, 2) AS INTEGER);

CREATE MACRO is_fnr_shaped(s) AS regexp_full_match(s, '[0-9]{11}');

-- Both modulus 11 check digits right (Fodselsnummer.hasValidCheckDigits).
CREATE MACRO has_valid_check_digits(s) AS is_fnr_shaped(s)
	AND (3 * digit(s, 1) + 7 * digit(s, 2) + 6 * digit(s, 3) + 1 * digit(s, 4) + 8 * digit(s, 5) + 9 * digit(s, 6)
		+ 4 * digit(s, 7) + 5 * digit(s, 8) + 2 * digit(s, 9) + digit(s, 10)) % 11 = 0
	AND (5 * digit(s, 1) + 4 * digit(s, 2) + 3 * digit(s, 3) + 2 * digit(s, 4) + 7 * digit(s, 5) + 6 * digit(s, 6)
		+ 5 * digit(s, 7) + 4 * digit(s, 8) + 3 * digit(s, 9) + 2 * digit(s, 10) + digit(s, 11)) % 11 = 0;

-- Java's SMART date resolver reads any day 1-31 of a month 1-12 (31 April becomes 30 April).
CREATE MACRO readable(day, month) AS day BETWEEN 1 AND 31 AND month BETWEEN 1 AND 12;

-- Century from the individual number (Fodselsnummer.century).
CREATE MACRO century(individual, yy) AS CASE
	WHEN individual >= 500 AND yy <= 39 THEN 2000
	WHEN individual BETWEEN 500 AND 749 AND yy >= 54 THEN 1800
	WHEN individual <= 499 THEN 1900
	WHEN individual >= 900 AND yy >= 40 THEN 1900
	ELSE 2000 END;

-- Birth year from the number: SSB's placeholders (00100, 00200, 99999) carry 20YY unless that is after
-- next year; D-numbers have 4 added to the first digit, synthetic numbers 80 added to the month.
CREATE MACRO fnr_birth_year(s, year) AS CASE
	WHEN NOT is_fnr_shaped(s) THEN NULL
	WHEN suffix(s, '00100') OR suffix(s, '00200') OR suffix(s, '99999') THEN
		CASE WHEN readable(digits2(s, 1), digits2(s, 3)) THEN
			CASE WHEN 2000 + digits2(s, 5) > year + 1 THEN 1900 + digits2(s, 5) ELSE 2000 + digits2(s, 5) END
		END
	WHEN readable(CASE WHEN digit(s, 1) > 3 THEN digit(s, 1) - 4 ELSE digit(s, 1) END * 10 + digit(s, 2),
			CASE WHEN digit(s, 3) >= 8 THEN digit(s, 3) - 8 ELSE digit(s, 3) END * 10 + digit(s, 4))
		THEN century(TRY_CAST(substr(s, 7, 3) AS INTEGER), digits2(s, 5)) + digits2(s, 5)
	END;

-- FODSELSDATO as ddMMyyyy or yyyy-MM-dd (BirthYears).
CREATE MACRO date_birth_year(d) AS CASE
	WHEN d LIKE '%-%' THEN year(TRY_STRPTIME(d, '%Y-%m-%d'))
	WHEN regexp_full_match(d, '[0-9]{8}') AND readable(digits2(d, 1), digits2(d, 3)) THEN TRY_CAST(substr(d, 5, 4) AS INTEGER)
	END;

CREATE MACRO amount(v) AS CASE
	WHEN v = '' THEN 0
	WHEN regexp_full_match(v, '\+?[0-9]{1,18}') THEN CAST(v AS BIGINT)
	WHEN regexp_full_match(v, '-0+') THEN 0
	END;

CREATE TABLE rows AS
SELECT rowid AS line, clean(KOMMUNE_NR) AS municipality, clean(PERIODE) AS period, clean(BYDELSNR) AS district,
	clean(PERSON_FODSELSNR) AS fnr, clean(PERSON_DUF) AS duf, clean(PERSON_JOURNALNR) AS journal,
	clean(FODSELSDATO) AS birth_date, clean(KJONN) AS gender, clean(EKTSTAT) AS civil_status,
	clean(BU18) AS children_flag, clean(ANTBU18) AS children_count, clean(VKLO) AS income_source,
	clean(TRYGDESIT) AS benefit_type, clean(ARBSIT) AS work_situation, clean(BOSIT) AS housing,
	upper(clean(STATSBORGERSKAP)) AS citizenship, amount(clean(BIDRAG)) AS bidrag, amount(clean(LAAN)) AS laan
FROM extract;

-- Rows the job rejects (municipality, month, amounts or person unreadable) are left out.
CREATE TABLE facts AS
SELECT line, municipality, blank_null(district) AS district, CAST(substr(period, 1, 4) AS INTEGER) AS year,
	CAST(substr(period, 6, 2) AS INTEGER) AS month,
	CASE
		WHEN has_valid_check_digits(fnr) THEN 'F:' || fnr
		WHEN duf <> '' THEN 'D:' || duf
		WHEN journal <> '' THEN 'J:' || municipality || ':' || journal
		ELSE 'R:' || municipality || ':' || fnr
	END AS person,
	coalesce(fnr_birth_year(fnr, CAST(substr(period, 1, 4) AS INTEGER)), date_birth_year(birth_date)) AS birth_year,
	blank_null(gender) AS gender, blank_null(civil_status) AS civil_status, blank_null(children_flag) AS children_flag,
	TRY_CAST(children_count AS INTEGER) AS children_count, blank_null(income_source) AS income_source,
	blank_null(citizenship) AS citizenship, bidrag, laan
FROM rows
WHERE regexp_full_match(municipality, '[0-9]{4}')
	AND regexp_full_match(period, '[0-9]{4}-(0[1-9]|1[0-2])')
	AND bidrag IS NOT NULL AND laan IS NOT NULL
	AND (fnr <> '' OR duf <> '' OR journal <> '');

CREATE TABLE person_years AS
WITH months AS (
	SELECT municipality, year, person, month, sum(bidrag + laan) AS paid
	FROM facts
	GROUP BY ALL
), support AS (
	SELECT municipality, year, person, count(*) FILTER (WHERE paid > 0) AS support_months,
		max(month) FILTER (WHERE paid > 0) AS latest_month
	FROM months
	GROUP BY ALL
	HAVING count(*) FILTER (WHERE paid > 0) > 0
), totals AS (
	SELECT municipality, year, person, sum(bidrag) AS bidrag, sum(laan) AS laan
	FROM facts
	GROUP BY ALL
), latest AS (
	SELECT f.municipality, f.year, f.person, arg_max(f, f.line) AS row
	FROM facts f JOIN support s USING (municipality, year, person)
	WHERE f.month = s.latest_month AND f.bidrag + f.laan > 0
	GROUP BY ALL
)
SELECT s.municipality, s.year, s.support_months, t.bidrag, t.laan, t.bidrag + t.laan AS nok,
	l.row.district AS district, s.year - l.row.birth_year AS age, l.row.gender AS gender,
	l.row.civil_status AS civil_status, l.row.children_flag AS children_flag,
	CASE
		WHEN l.row.children_flag = '2' THEN 0
		WHEN l.row.children_flag = '1' AND l.row.children_count > 0 THEN l.row.children_count
	END AS children,
	l.row.income_source AS income_source, l.row.citizenship AS citizenship
FROM support s JOIN totals t USING (municipality, year, person) JOIN latest l USING (municipality, year, person);

-- Each person-year's regions (municipality, and the district of the latest support month) and its
-- category in each dimension (Classifier): a code the code list does not have is unknown.
CREATE TABLE classified AS
SELECT *,
	CASE WHEN district IS NULL OR district IN ('total', 'unknown') THEN [municipality]
		ELSE [municipality, municipality || district] END AS regions,
	CASE WHEN gender IN ('1', '2') THEN gender ELSE 'unknown' END AS gender_code,
	CASE
		WHEN age IS NULL OR age < 0 THEN 'unknown'
		WHEN age < 18 THEN '0-17'
		WHEN age < 25 THEN '18-24'
		WHEN age < 30 THEN '25-29'
		WHEN age < 40 THEN '30-39'
		WHEN age < 50 THEN '40-49'
		WHEN age < 60 THEN '50-59'
		WHEN age < 67 THEN '60-66'
		ELSE '67+'
	END AS age_code,
	CASE WHEN income_source IN ('1', '2', '3', '4', '5', '6', '7', '8', '9') THEN income_source ELSE 'unknown' END
		AS income_code,
	CAST(support_months AS VARCHAR) AS months_code,
	CASE WHEN regexp_full_match(citizenship, '[A-Z]{2}') THEN (CASE WHEN citizenship = 'NO' THEN 'NO' ELSE 'foreign' END)
		ELSE 'unknown' END AS citizenship_code,
	CASE
		WHEN civil_status IS NULL OR NOT regexp_full_match(civil_status, '[1-5]') OR children_flag IS NULL
			OR NOT regexp_full_match(children_flag, '[12]') THEN 'unknown'
		WHEN civil_status IN ('2', '3') THEN (CASE WHEN children_flag = '1' THEN 'PB' ELSE 'PU' END)
		WHEN gender IS NULL OR gender NOT IN ('1', '2') THEN 'unknown'
		WHEN children_flag = '1' THEN 'EB' || (CASE WHEN gender = '1' THEN 'M' ELSE 'K' END)
		WHEN age IS NULL OR age < 0 THEN 'unknown'
		ELSE 'E' || (CASE WHEN gender = '1' THEN 'M' ELSE 'K' END) || (CASE
			WHEN age < 20 THEN '-19'
			WHEN age < 25 THEN '20-24'
			WHEN age < 45 THEN '25-44'
			WHEN age < 67 THEN '45-66'
			ELSE '67+' END)
	END AS family_phase_code
FROM person_years
WHERE year = ${year};
