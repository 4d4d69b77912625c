package no.kostrabatch.jobs;

import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs while a test runs, in a file of the test's own: Spring Boot sets up
 * logging once per JVM, so a test that scans the log cannot rely on {@code logging.file.name}.
 */
final class LogFile implements AutoCloseable {

	private final FileAppender<ILoggingEvent> appender = new FileAppender<>();

	private final Logger root;

	LogFile(Path file) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%d %level %logger - %msg%n");
		encoder.start();
		this.appender.setContext(context);
		this.appender.setFile(file.toString());
		this.appender.setEncoder(encoder);
		this.appender.start();
		this.root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.root.addAppender(this.appender);
	}

	@Override
	public void close() {
		this.root.detachAppender(this.appender);
		this.appender.stop();
	}

}
