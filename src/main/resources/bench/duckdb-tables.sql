-- A representative set of the catalogue's tables as GROUP BYs over the person-years; each query gives
-- cells (table_id, region, dim1, cat1, dim2, cat2, measure, value) as statistics.csv has them.

-- numerator × factor ÷ denominator, rounded half up to one decimal / to a whole number, in integers
-- (DuckDB divides decimals in floating point).
CREATE MACRO ratio1(numerator, denominator, factor) AS CASE WHEN denominator > 0
	THEN CAST((20 * factor * numerator + denominator) // (2 * denominator) AS DECIMAL(38, 0)) * 0.1 END;

CREATE MACRO ratio0(numerator, denominator) AS CASE WHEN denominator > 0
	THEN CAST((2 * numerator + denominator) // (2 * denominator) AS DECIMAL(38, 0)) END;

CREATE MACRO cell(x) AS CAST(x AS DECIMAL(38, 1));

SELECT 'key_figures' AS table_id, region, NULL AS dim1, NULL AS cat1, NULL AS dim2, NULL AS cat2, measure, value
FROM (
	SELECT region,
		cell(count(*)) AS recipients,
		cell(count(*) FILTER (WHERE age BETWEEN 18 AND 24)) AS recipients_18_24,
		cell(count(*) FILTER (WHERE age BETWEEN 25 AND 66)) AS recipients_25_66,
		cell(count(*) FILTER (WHERE age BETWEEN 18 AND 66)) AS recipients_18_66,
		cell(count(*) FILTER (WHERE income_code = '5')) AS main_income_sa,
		cell(count(*) FILTER (WHERE support_months >= ${longTerm})) AS long_term,
		cell(ratio1(count(*) FILTER (WHERE support_months >= ${longTerm}), count(*), 100)) AS share_long_term,
		cell(count(*) FILTER (WHERE support_months >= ${longTerm} AND income_code = '5')) AS long_term_main_income_sa,
		cell(count(*) FILTER (WHERE support_months >= 10)) AS months_10_12,
		cell(count(*) FILTER (WHERE support_months = 12)) AS full_year,
		cell(sum(support_months)) AS support_months,
		cell(ratio1(sum(support_months), count(*), 1)) AS mean_months,
		cell(ratio1(sum(support_months) FILTER (WHERE age BETWEEN 18 AND 24),
			count(*) FILTER (WHERE age BETWEEN 18 AND 24), 1)) AS mean_months_18_24,
		cell(sum(nok)) AS nok,
		cell(sum(bidrag)) AS nok_bidrag,
		cell(sum(laan)) AS nok_laan,
		cell(ratio0(sum(nok), count(*))) AS nok_per_recipient,
		cell(ratio0(sum(nok), sum(support_months))) AS nok_per_month,
		cell(count(*) FILTER (WHERE children > 0)) AS providers,
		cell(coalesce(sum(children), 0)) AS children,
		cell(count(*) FILTER (WHERE citizenship_code = 'foreign')) AS "foreign"
	FROM classified, unnest(regions) AS r(region)
	GROUP BY region
) UNPIVOT (value FOR measure IN (recipients, recipients_18_24, recipients_25_66, recipients_18_66, main_income_sa,
	long_term, share_long_term, long_term_main_income_sa, months_10_12, full_year, support_months, mean_months,
	mean_months_18_24, nok, nok_bidrag, nok_laan, nok_per_recipient, nok_per_month, providers, children, "foreign"));

-- One-dimension tables: recipients, percent of those with a known category (the total is 100 %) and,
-- where the table has it, mean_months (only in the total of the months dimension).
WITH tables(table_id, dimension, measures) AS (
	VALUES ('recipients_by_gender', 'gender', ['recipients', 'percent']),
		('recipients_by_age', 'age', ['recipients', 'percent']),
		('recipients_by_income_source', 'income_source', ['recipients', 'percent']),
		('recipients_by_months', 'months', ['recipients', 'percent', 'mean_months'])
), categorised AS (
	SELECT region, d.dimension, unnest(['total', d.code]) AS code, support_months
	FROM classified, unnest(regions) AS r(region),
		unnest([{'dimension': 'gender', 'code': gender_code}, {'dimension': 'age', 'code': age_code},
			{'dimension': 'income_source', 'code': income_code}, {'dimension': 'months', 'code': months_code}]) AS c(d)
), counts AS (
	SELECT region, dimension, code, count(*) AS recipients, sum(support_months) AS support_months
	FROM categorised
	GROUP BY ALL
), known AS (
	SELECT region, dimension, sum(recipients) FILTER (WHERE code = 'total')
		- coalesce(sum(recipients) FILTER (WHERE code = 'unknown'), 0) AS known
	FROM counts
	GROUP BY ALL
), cells AS (
	SELECT region, dimension, code, cell(recipients) AS recipients,
		cell(CASE WHEN code <> 'unknown'
			THEN ratio1(CASE WHEN code = 'total' THEN known ELSE recipients END, known, 100) END) AS percent,
		cell(CASE WHEN dimension <> 'months' OR code = 'total' THEN ratio1(support_months, recipients, 1) END)
			AS mean_months
	FROM counts JOIN known USING (region, dimension)
)
SELECT t.table_id, u.region, u.dimension AS dim1, u.code AS cat1, NULL AS dim2, NULL AS cat2, u.measure, u.value
FROM (FROM cells UNPIVOT (value FOR measure IN (recipients, percent, mean_months))) AS u
	JOIN tables t ON t.dimension = u.dimension AND list_contains(t.measures, u.measure);

-- months_by_family_phase: family phase (with its subtotals EM, EK, EB) by months with support.
WITH phases AS (
	SELECT region, unnest(['total', family_phase_code,
			CASE WHEN family_phase_code IN ('EM-19', 'EM20-24', 'EM25-44', 'EM45-66', 'EM67+') THEN 'EM'
				WHEN family_phase_code IN ('EK-19', 'EK20-24', 'EK25-44', 'EK45-66', 'EK67+') THEN 'EK'
				WHEN family_phase_code IN ('EBM', 'EBK') THEN 'EB' END]) AS phase,
		months_code, support_months
	FROM classified, unnest(regions) AS r(region)
), pairs AS (
	SELECT region, phase, unnest(['total', months_code]) AS months, support_months
	FROM phases
	WHERE phase IS NOT NULL
)
SELECT 'months_by_family_phase' AS table_id, region, 'family_phase' AS dim1, phase AS cat1, 'months' AS dim2,
	months AS cat2, measure, value
FROM (
	SELECT region, phase, months, cell(count(*)) AS recipients,
		cell(CASE WHEN months = 'total' THEN ratio1(sum(support_months), count(*), 1) END) AS mean_months
	FROM pairs
	GROUP BY region, phase, months
) UNPIVOT (value FOR measure IN (recipients, mean_months));
