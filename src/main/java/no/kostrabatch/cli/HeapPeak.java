package no.kostrabatch.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while it runs, looked at every 20 ms from a thread of its own (the memory
 * pools' own peaks are per pool and at different times, so their sum overstates it).
 */
final class HeapPeak implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Thread sampler;

	private volatile long peak;

	private volatile boolean running = true;

	HeapPeak() {
		this.sampler = new Thread(() -> {
			while (this.running) {
				sample();
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-peak");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	private void sample() {
		long used = this.memory.getHeapMemoryUsage().getUsed();
		if (used > this.peak) {
			this.peak = used;
		}
	}

	/** The most heap seen in use so far, in bytes. */
	long peak() {
		sample();
		return this.peak;
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

}
