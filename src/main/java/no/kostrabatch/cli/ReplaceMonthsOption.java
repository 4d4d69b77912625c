package no.kostrabatch.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --replace-months}: months a file may replace although only a few of its rows lie there. */
class ReplaceMonthsOption {

	@Option(names = "--replace-months", split = ",", paramLabel = "YYYY-MM",
			description = "Let the files replace these months in the store although few of their rows lie there "
					+ "(rows outside a file's own period are otherwise rejected as stray rows).")
	List<String> months = new ArrayList<>();

	List<YearMonth> parse(CommandLine commandLine) {
		List<YearMonth> parsed = new ArrayList<>();
		for (String month : this.months) {
			try {
				if (!month.matches("\\d{4}-\\d{2}")) {
					throw new DateTimeParseException("not YYYY-MM", month, 0);
				}
				parsed.add(YearMonth.parse(month));
			}
			catch (DateTimeParseException ex) {
				throw new ParameterException(commandLine,
						"--replace-months takes months written YYYY-MM, separated by commas, e.g. 2024-05,2024-06");
			}
		}
		return parsed;
	}

}
