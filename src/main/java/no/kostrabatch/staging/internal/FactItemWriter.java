package no.kostrabatch.staging.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportScope;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes a chunk of read lines: facts with one batched insert, rejected lines with their reason, the
 * scopes (municipality and month) each import delivers, and the line counts, all in the chunk's
 * transaction. An 11F file delivers its municipality's whole year.
 */
public class FactItemWriter implements ItemWriter<ImportItem> {

	private final FactStore store;

	private final Set<String> knownScopes = new HashSet<>();

	public FactItemWriter(FactStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends ImportItem> chunk) {
		Map<Long, List<PersonMonth>> facts = new HashMap<>();
		Map<Long, Set<ImportScope>> scopes = new HashMap<>();
		Map<Long, long[]> counts = new HashMap<>();
		List<Object[]> rejected = new ArrayList<>();
		for (ImportItem item : chunk) {
			long[] count = counts.computeIfAbsent(item.importId(), (id) -> new long[3]);
			count[0]++;
			if (item.line() instanceof ParsedLine.Facts f) {
				facts.computeIfAbsent(item.importId(), (id) -> new ArrayList<>()).addAll(f.facts());
				count[1] += f.facts().size();
				for (PersonMonth fact : f.facts()) {
					addScopes(scopes, item, fact);
				}
			}
			else if (item.line() instanceof ParsedLine.Rejected r) {
				rejected.add(new Object[] { item.importId(), r.lineNumber(), r.reason() });
				count[2]++;
			}
		}
		facts.forEach(this.store::writeFacts);
		scopes.forEach(this.store::addScopes);
		this.store.writeRejected(rejected);
		counts.forEach((id, c) -> this.store.addCounts(id, c[0], c[1], c[2]));
	}

	private void addScopes(Map<Long, Set<ImportScope>> scopes, ImportItem item, PersonMonth fact) {
		int year = fact.month().getYear();
		boolean wholeYear = item.format() == ExtractFormat.ELEVEN_F;
		String key = item.importId() + "|" + fact.municipality() + "|" + year + "|"
				+ (wholeYear ? "all" : fact.month().getMonthValue());
		if (this.knownScopes.add(key)) {
			Set<ImportScope> set = scopes.computeIfAbsent(item.importId(), (id) -> new LinkedHashSet<>());
			if (wholeYear) {
				for (int month = 1; month <= 12; month++) {
					set.add(new ImportScope(fact.municipality(), year, month));
				}
			}
			else {
				set.add(new ImportScope(fact.municipality(), year, fact.month().getMonthValue()));
			}
		}
	}

}
