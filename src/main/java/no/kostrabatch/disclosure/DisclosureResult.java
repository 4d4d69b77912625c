package no.kostrabatch.disclosure;

import java.util.List;

import no.kostrabatch.statistics.Cell;

/**
 * The cells after disclosure control and how many count cells were suppressed.
 *
 * @param cells every cell, suppressed ones with the symbol {@code :}
 * @param primarySuppressed counts of 1..k−1
 * @param secondarySuppressed counts suppressed so that the primary ones cannot be worked out
 * @param countCells all count cells
 */
public record DisclosureResult(List<Cell> cells, int primarySuppressed, int secondarySuppressed, int countCells) {

	public DisclosureResult {
		cells = List.copyOf(cells);
	}

}
