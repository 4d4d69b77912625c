package no.kostrabatch.cli;

import java.nio.file.Path;

import no.kostrabatch.input.ColumnMapping;

import org.springframework.lang.Nullable;
import picocli.CommandLine.Option;

/** {@code --mapping}: the municipality's own column names and codes for its CSV extracts. */
class MappingOption {

	@Option(names = "--mapping", paramLabel = "FILE",
			description = "Column mapping (YAML) for CSV extracts whose columns or codes are the case system's own "
					+ "(see docs/INPUT.md).")
	@Nullable
	Path file;

	/** The mapping, read and checked now (a wrong one is wrong use, exit 64), or {@code null}. */
	@Nullable
	ColumnMapping load() {
		return (this.file != null) ? ColumnMapping.load(this.file) : null;
	}

}
