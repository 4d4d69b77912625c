package no.kostrabatch.sample.internal;

import java.util.Arrays;

/**
 * The identity numbers drawn so far in a run (fødselsnummer of 11 digits, DUF numbers of 12), as
 * longs in an open-addressing table: 16 bytes a number where a {@code HashSet<String>} takes about
 * 100, so a generated national year of 1.5 million recipients fits in a small heap.
 */
public final class UsedNumbers {

	private static final long EMPTY = -1;

	private long[] table = filled(1 << 10);

	private int size;

	/** Adds a number of digits only; true when it was not there before. */
	public boolean add(String digits) {
		long number = Long.parseLong(digits);
		if ((this.size + 1) * 2L > this.table.length) {
			grow();
		}
		if (!insert(this.table, number)) {
			return false;
		}
		this.size++;
		return true;
	}

	private static boolean insert(long[] table, long number) {
		int mask = table.length - 1;
		int slot = Long.hashCode(number * 0x9E3779B97F4A7C15L) & mask;
		while (table[slot] != EMPTY) {
			if (table[slot] == number) {
				return false;
			}
			slot = (slot + 1) & mask;
		}
		table[slot] = number;
		return true;
	}

	private void grow() {
		long[] bigger = filled(this.table.length * 2);
		for (long number : this.table) {
			if (number != EMPTY) {
				insert(bigger, number);
			}
		}
		this.table = bigger;
	}

	private static long[] filled(int length) {
		long[] table = new long[length];
		Arrays.fill(table, EMPTY);
		return table;
	}

}
