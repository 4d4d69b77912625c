package no.kostrabatch.disclosure;

import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Engine;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedDisclosureTests {

	private final TableCatalog catalog = TableCatalog.load();

	@TempDir
	Path dir;

	@Test
	void scratch() throws Exception {
		Path file = this.dir.resolve("oslo.csv");
		new SampleGenerator(7).write("0301", 2025, Integer.getInteger("n", 150), SampleFormat.CSV, file);
		List<Cell> cells = Engine.count(file).cells();
		long t0 = System.nanoTime();
		DisclosureResult result = new DisclosureControl(this.catalog, 3).apply(cells);
		System.out.printf("cells %d count %d primary %d secondary %d share %.3f in %d ms%n", cells.size(), result.countCells(),
				result.primarySuppressed(), result.secondarySuppressed(), result.suppressedShare(), (System.nanoTime() - t0) / 1000000);
		DisclosureResult old = DisclosureControl.tableByTable(this.catalog, 3).apply(cells);
		DisclosureAudit.Report a = new DisclosureAudit(this.catalog, 3).audit(result.cells());
		System.out.printf("audit new: %d suppressed, %d narrow, smallest %d, %d violations, %d ms %s%n", a.suppressedCells(), a.narrowerThanK(), a.smallestRange(), a.violations().size(), a.millis(), a.violations().stream().limit(5).toList());
		a = new DisclosureAudit(this.catalog, 3).audit(old.cells());
		System.out.printf("audit old: %d suppressed, %d narrow, smallest %d, %d violations, %d ms %s%n", a.suppressedCells(), a.narrowerThanK(), a.smallestRange(), a.violations().size(), a.millis(), a.violations().stream().limit(5).toList());
		System.out.printf("old primary %d secondary %d share %.3f%n", old.primarySuppressed(), old.secondarySuppressed(), old.suppressedShare());
	}

}
