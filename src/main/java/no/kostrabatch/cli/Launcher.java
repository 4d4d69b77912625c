package no.kostrabatch.cli;

import java.io.UncheckedIOException;
import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command line: one clear sentence and a non-zero exit code on any error, and a stack trace
 * only with {@code --debug}.
 */
public final class Launcher {

	private Launcher() {
	}

	public static int run(String... args) {
		boolean debug = Arrays.asList(args).contains("--debug");
		CommandLine commandLine = new CommandLine(new KostraCommand());
		commandLine.setExecutionExceptionHandler(handler(debug));
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			ex.getCommandLine().getErr().println("kostra: " + ex.getMessage());
			ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
					+ " --help' for more.");
			return ExitCodes.USAGE;
		});
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine.execute(args);
	}

	private static IExecutionExceptionHandler handler(boolean debug) {
		return (Exception ex, CommandLine cmd, ParseResult parseResult) -> {
			if (debug) {
				ex.printStackTrace(cmd.getErr());
			}
			cmd.getErr().println("kostra: " + sentence(ex));
			return ExitCodes.FAILED;
		};
	}

	/** The most useful one-sentence message of an exception chain. */
	static String sentence(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && (cause instanceof UncheckedIOException
				|| cause.getClass().getName().startsWith("org.springframework.beans")
				|| cause.getClass().getName().startsWith("org.springframework.boot"))) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		if (message == null || message.isBlank()) {
			message = cause.getClass().getSimpleName();
		}
		if (cause instanceof java.nio.file.NoSuchFileException) {
			message = "file not found: " + message;
		}
		else if (cause instanceof java.nio.file.AccessDeniedException) {
			message = "permission denied: " + message;
		}
		String firstLine = message.lines().findFirst().orElse(message).trim();
		return firstLine.endsWith(".") ? firstLine : firstLine + ".";
	}

}
