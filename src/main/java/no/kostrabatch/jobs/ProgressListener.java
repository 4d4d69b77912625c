package no.kostrabatch.jobs;

import java.util.function.DoubleSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Shows the progress of a long step: a bar on a terminal, and a plain line in the log at every tenth.
 */
class ProgressListener implements ChunkListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	private static final int WIDTH = 30;

	private final String label;

	private final DoubleSupplier progress;

	private final boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));

	private int lastLoggedTenth = -1;

	private int lastPercent = -1;

	ProgressListener(String label, DoubleSupplier progress) {
		this.label = label;
		this.progress = progress;
	}

	@Override
	public void afterChunk(ChunkContext context) {
		double share = this.progress.getAsDouble();
		long items = context.getStepContext().getStepExecution().getReadCount();
		int percent = (int) Math.floor(share * 100);
		if (this.terminal && percent != this.lastPercent) {
			int filled = (int) Math.round(share * WIDTH);
			System.err.printf("\r%s [%s%s] %3d %% (%,d linjer)", this.label, "#".repeat(filled),
					" ".repeat(WIDTH - filled), percent, items);
			System.err.flush();
			this.lastPercent = percent;
		}
		int tenth = (int) Math.floor(share * 10);
		if (tenth != this.lastLoggedTenth) {
			log.info("{}: {} % ({} linjer)", this.label, percent, items);
			this.lastLoggedTenth = tenth;
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.terminal && this.lastPercent >= 0) {
			System.err.print("\r" + " ".repeat(this.label.length() + WIDTH + 30) + "\r");
			System.err.flush();
		}
		log.info("{}: ferdig, {} linjer", this.label, stepExecution.getReadCount());
		return null;
	}

}
