package no.kostrabatch.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryWatchTests {

	@AfterEach
	void watchAfresh() {
		MemoryWatch.install();
	}

	@Test
	void anOutOfMemoryErrorInAnyThreadCountsUntilTheNextCommandStarts() throws Exception {
		MemoryWatch.install();
		assertThat(MemoryWatch.exhausted()).isFalse();

		Thread writer = new Thread(() -> {
			throw new OutOfMemoryError("Java heap space");
		});
		writer.setUncaughtExceptionHandler((thread, ex) -> MemoryWatch.record((OutOfMemoryError) ex));
		writer.start();
		writer.join();

		assertThat(MemoryWatch.exhausted()).isTrue();
		MemoryWatch.install();
		assertThat(MemoryWatch.exhausted()).isFalse();
	}

	@Test
	void everyHeapPoolThatCanBeWatchedIsWatchedAtItsThreshold() {
		MemoryWatch.install();

		long watched = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
					&& p.getUsage().getMax() > 0)
			.peek((p) -> assertThat(p.getCollectionUsageThreshold())
				.isEqualTo(p.getUsage().getMax() / 100 * MemoryWatch.FULL_PERCENT))
			.count();
		assertThat(watched).isPositive();
	}

}
