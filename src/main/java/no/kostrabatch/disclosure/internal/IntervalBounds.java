package no.kostrabatch.disclosure.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interval propagation over additive groups: each group's first cell is the sum of the others, every
 * suppressed cell is at least 1 (zeros are published), published cells are fixed. The bounds are
 * tightened until nothing changes; a suppressed cell whose bounds meet can be worked out.
 */
public final class IntervalBounds {

	private final Map<String, long[]> bounds = new HashMap<>();

	public IntervalBounds(List<List<String>> groups, Map<String, Long> known, Set<String> hidden) {
		long max = known.values().stream().mapToLong(Long::longValue).max().orElse(0) * 4 + 1000;
		hidden.forEach((key) -> this.bounds.put(key, new long[] { 1, max }));
		known.forEach((key, value) -> this.bounds.put(key, new long[] { value, value }));
		for (int round = 0; round < 50; round++) {
			boolean changed = false;
			for (List<String> group : groups) {
				changed |= tighten(group);
			}
			if (!changed) {
				break;
			}
		}
	}

	private boolean tighten(List<String> group) {
		boolean changed = false;
		long[] total = this.bounds.get(group.get(0));
		if (total == null) {
			return false;
		}
		long sumMin = 0;
		long sumMax = 0;
		for (String part : group.subList(1, group.size())) {
			long[] b = this.bounds.getOrDefault(part, new long[] { 0, 0 });
			sumMin += b[0];
			sumMax += b[1];
		}
		changed |= set(total, Math.max(total[0], sumMin), Math.min(total[1], sumMax));
		for (String part : group.subList(1, group.size())) {
			long[] b = this.bounds.get(part);
			if (b == null) {
				continue;
			}
			long othersMin = sumMin - b[0];
			long othersMax = sumMax - b[1];
			changed |= set(b, Math.max(b[0], total[0] - othersMax), Math.min(b[1], total[1] - othersMin));
		}
		return changed;
	}

	private static boolean set(long[] b, long min, long max) {
		if (min != b[0] || max != b[1]) {
			b[0] = min;
			b[1] = Math.max(min, max);
			return true;
		}
		return false;
	}

	public long[] range(String key) {
		return this.bounds.get(key);
	}

}
