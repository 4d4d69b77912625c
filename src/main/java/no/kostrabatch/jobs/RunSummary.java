package no.kostrabatch.jobs;

import java.io.Serializable;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * What a run did, for its summary: what it imported, what the control rules found, which
 * municipalities it counted, how much disclosure control suppressed and which reports it wrote. Each
 * step fills in its part in the job's context ({@link RunContext}), so a restarted run keeps what the
 * steps before the restart found.
 *
 * @param imports what the run's files delivered (nothing for a run that imported nothing)
 * @param findings the control rules' findings, or {@code null} when no file was validated
 * @param municipalities the municipalities of the statistics, comparison cities included
 * @param suppression what disclosure control suppressed, or {@code null} when it did not run
 * @param written the report files written
 */
public record RunSummary(Imports imports, @Nullable Findings findings, List<String> municipalities,
		@Nullable Suppression suppression, List<String> written) implements Serializable {

	/** A run that has done nothing yet. */
	public static final RunSummary EMPTY = new RunSummary(Imports.NONE, null, List.of(), null, List.of());

	public RunSummary {
		municipalities = List.copyOf(municipalities);
		written = List.copyOf(written);
	}

	RunSummary withImports(Imports newImports) {
		return new RunSummary(newImports, this.findings, this.municipalities, this.suppression, this.written);
	}

	RunSummary withFindings(Findings newFindings) {
		return new RunSummary(this.imports, newFindings, this.municipalities, this.suppression, this.written);
	}

	RunSummary withMunicipalities(List<String> newMunicipalities) {
		return new RunSummary(this.imports, this.findings, newMunicipalities, this.suppression, this.written);
	}

	RunSummary withSuppression(Suppression newSuppression) {
		return new RunSummary(this.imports, this.findings, this.municipalities, newSuppression, this.written);
	}

	RunSummary withWritten(List<String> newWritten) {
		return new RunSummary(this.imports, this.findings, this.municipalities, this.suppression, newWritten);
	}

	/**
	 * What the run's files delivered.
	 *
	 * @param lines lines read
	 * @param facts person-months stored
	 * @param rejected lines rejected
	 * @param replaced person-months of earlier runs the files replaced
	 * @param deliveries per file, what it delivered and replaced
	 * @param coverage which months of each municipality's year the store covers after the run
	 */
	public record Imports(long lines, long facts, long rejected, long replaced, List<RunDeliveries.Delivery> deliveries,
			List<RunDeliveries.Coverage> coverage) implements Serializable {

		/** Nothing imported. */
		public static final Imports NONE = new Imports(0, 0, 0, 0, List.of(), List.of());

		public Imports {
			deliveries = List.copyOf(deliveries);
			coverage = List.copyOf(coverage);
		}

	}

	/**
	 * The control rules' findings over every file of the run.
	 *
	 * @param errors ERROR findings
	 * @param warnings WARNING findings
	 */
	public record Findings(long errors, long warnings) implements Serializable {
	}

	/**
	 * What disclosure control suppressed.
	 *
	 * @param suppressed count cells suppressed, primary and secondary
	 * @param countCells count cells in all
	 */
	public record Suppression(int suppressed, int countCells) implements Serializable {
	}

}
