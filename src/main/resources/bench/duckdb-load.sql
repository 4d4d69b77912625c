-- Loads one monthly CSV extract as text (codes keep their leading zeros); rowid keeps the file order.
CREATE TABLE extract AS
SELECT *
FROM read_csv(${file}, delim = ';', header = true, all_varchar = true, quote = '"', escape = '"');
