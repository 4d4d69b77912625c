package no.kostrabatch.statistics;

/** A text in bokmål and English. */
public record Label(String nb, String en) {

	public Label {
		if (nb == null || nb.isBlank()) {
			throw new IllegalArgumentException("A label needs a bokmål text");
		}
		if (en == null || en.isBlank()) {
			en = nb;
		}
	}

	public String in(Lang lang) {
		return (lang == Lang.EN) ? this.en : this.nb;
	}

}
