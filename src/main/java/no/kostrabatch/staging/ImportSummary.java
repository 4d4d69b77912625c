package no.kostrabatch.staging;

/** What one imported file gave: lines read, facts stored, lines rejected and facts it replaced. */
public record ImportSummary(long importId, String fileName, long linesRead, long factsWritten, long rejected,
		long factsReplaced) {

	ImportSummary withReplaced(long replaced) {
		return new ImportSummary(this.importId, this.fileName, this.linesRead, this.factsWritten, this.rejected,
				replaced);
	}

}
