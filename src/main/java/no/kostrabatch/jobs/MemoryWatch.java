package no.kostrabatch.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Whether this process has run out of Java heap, even where the {@link OutOfMemoryError} itself was
 * caught out of sight: H2 catches one thrown in its own writer thread, closes the database and lets
 * the run fail with "The database has been closed", which names no memory at all. The watch asks
 * the JVM to count every garbage collection after which a heap pool is still at least
 * {@value #FULL_PERCENT} % full (a heap that a collection cannot empty); a run that then fails for
 * a reason nobody classified failed for want of memory. An error that ended another thread (one
 * printing progress, say) is {@link #record}ed the same way.
 */
public final class MemoryWatch {

	static final int FULL_PERCENT = 85;

	private static volatile boolean thrown;

	private static volatile long countedBefore;

	private MemoryWatch() {
	}

	/** Notes an {@link OutOfMemoryError} that ended a thread of this process. */
	public static void record(OutOfMemoryError error) {
		thrown = true;
	}

	/**
	 * Sets the collection thresholds of the heap pools and starts watching afresh (a command run
	 * in the same JVM after another, as in tests, is not blamed for the other's memory).
	 */
	public static void install() {
		thrown = false;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			long max = pool.getUsage().getMax();
			if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
				pool.setCollectionUsageThreshold(max / 100 * FULL_PERCENT);
			}
		}
		countedBefore = fullCollections();
	}

	/**
	 * Whether an {@link OutOfMemoryError} ended a thread, or a collection has left a heap pool
	 * {@value #FULL_PERCENT} % full, since {@link #install}.
	 */
	public static boolean exhausted() {
		return thrown || fullCollections() > countedBefore;
	}

	/** The collections so far that left a heap pool over its threshold. */
	private static long fullCollections() {
		long count = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
					&& pool.getCollectionUsageThreshold() > 0) {
				count += pool.getCollectionUsageThresholdCount();
			}
		}
		return count;
	}

}
