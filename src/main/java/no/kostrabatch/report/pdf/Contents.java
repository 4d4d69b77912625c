package no.kostrabatch.report.pdf;

import java.util.ArrayList;
import java.util.List;

/** The entries of the contents page: a title, the page it starts on, and whether it is a subsection. */
final class Contents {

	record Entry(String title, int page, boolean sub) {
	}

	private final List<Entry> entries = new ArrayList<>();

	void add(String title, int page, boolean sub) {
		this.entries.add(new Entry(title, page, sub));
	}

	List<Entry> entries() {
		return List.copyOf(this.entries);
	}

}
