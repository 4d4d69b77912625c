package no.kostrabatch.statistics;

/** SSB's table symbols (standardtegn) for cells without a published number. */
public enum Symbol {

	/** Suppressed to protect individuals. */
	SUPPRESSED(":"),
	/** Category cannot occur. */
	NOT_APPLICABLE("."),
	/** Data missing. */
	MISSING("..");

	private final String text;

	Symbol(String text) {
		this.text = text;
	}

	public String text() {
		return this.text;
	}

	public static Symbol fromText(String text) {
		for (Symbol symbol : values()) {
			if (symbol.text.equals(text)) {
				return symbol;
			}
		}
		throw new IllegalArgumentException("Unknown table symbol '" + text + "'");
	}

}
