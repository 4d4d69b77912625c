package no.kostrabatch.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.input.InputFileException;
import no.kostrabatch.input.YamlFileException;
import no.kostrabatch.jobs.RunFailure;
import no.kostrabatch.report.ProcessTempFolder;
import no.kostrabatch.statistics.Lang;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs the command line: one clear sentence and a non-zero exit code on any error (the codes of
 * {@link ExitCodes}), and a stack trace only with {@code --debug}.
 */
public final class Launcher {

	private Launcher() {
	}

	private static volatile String commandLine = "kostra";

	/**
	 * The command being run, for the store lock's holder details: the sub-command and option names,
	 * and the values of --year and --period only (file names may hold identifiers).
	 */
	static String commandLine() {
		return commandLine;
	}

	static String describe(String... args) {
		StringBuilder text = new StringBuilder("kostra");
		String previous = "";
		boolean elided = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i].startsWith("--") ? args[i].replaceFirst("=.*", "") : args[i];
			boolean value = previous.equals("--year") || previous.equals("--period");
			boolean keep = (i == 0 || arg.startsWith("--") || value) && arg.matches("[A-Za-z0-9_-]{1,30}")
					&& !arg.matches(".*\\d{5,}.*");
			if (keep) {
				text.append(' ').append(arg);
			}
			else if (!elided) {
				text.append(" …");
			}
			elided = !keep;
			previous = arg;
		}
		return text.toString();
	}

	public static int run(String... args) {
		commandLine = describe(args);
		try {
			ProcessTempFolder.install(Path.of(System.getProperty("java.io.tmpdir")));
		}
		catch (UncheckedIOException ex) {
			System.err.println("kostra: " + ex.getMessage() + " (" + ex.getCause().getMessage() + ").");
			return ExitCodes.FAILED;
		}
		no.kostrabatch.jobs.MemoryWatch.install();
		Thread.setDefaultUncaughtExceptionHandler(Launcher::threadEnded);
		try {
			return execute(args);
		}
		catch (OutOfMemoryError ex) {
			System.err.println("kostra: " + no.kostrabatch.jobs.RunOutcome.outOfMemoryMessage(""));
			return ExitCodes.OUT_OF_MEMORY;
		}
	}

	/**
	 * A thread beside the command's own (progress, a store's writer) ended with an exception: one
	 * sentence, never a stack trace; out of memory is only noted, for the command to report.
	 */
	static void threadEnded(Thread thread, Throwable ex) {
		if (ex instanceof OutOfMemoryError error) {
			no.kostrabatch.jobs.MemoryWatch.record(error);
			return;
		}
		String sentence = sentence(ex).replaceFirst("\\.$", "");
		System.err.println("kostra: " + no.kostrabatch.input.InputFileNames.masked(sentence) + " (thread '"
				+ thread.getName() + "').");
	}

	private static int execute(String... args) {
		boolean debug = Arrays.asList(args).contains("--debug");
		CommandLine commandLine = new CommandLine(new KostraCommand());
		commandLine.registerConverter(Lang.class, (text) -> convert(text, Lang::parse, "a language", "nb or en"));
		commandLine.registerConverter(DisclosureMode.class,
				(text) -> convert(text, DisclosureMode::parse, "a disclosure mode", "public or internal"));
		// picocli's own "'abc' is not an int" is a programmer's word; the job files say "a whole number" too
		commandLine.registerConverter(Integer.class, (text) -> convert(text, Integer::valueOf, "a whole number", "digits only"));
		commandLine.registerConverter(int.class, (text) -> convert(text, Integer::valueOf, "a whole number", "digits only"));
		commandLine.registerConverter(Long.class, (text) -> convert(text, Long::valueOf, "a whole number", "digits only"));
		commandLine.registerConverter(long.class, (text) -> convert(text, Long::valueOf, "a whole number", "digits only"));
		commandLine.setExecutionExceptionHandler(handler(debug));
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			CommandLine cmd = ex.getCommandLine();
			String unknown = UnknownOptions.describe(cmd, arguments);
			// a value typed where it does not belong may be an identifier: runs of 11 or more digits are masked
			String message = no.kostrabatch.input.InputFileNames.masked((unknown != null) ? unknown : ex.getMessage());
			cmd.getErr().println("kostra: " + (message.endsWith(".") ? message : message + "."));
			cmd.getErr().println(tryHelp(cmd));
			return ExitCodes.USAGE;
		});
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine.execute(args);
	}

	private static <T> T convert(String text, java.util.function.Function<String, T> parser, String what,
			String allowed) {
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			throw new TypeConversionException("'" + text + "' is not " + what + "; use " + allowed);
		}
	}

	static String tryHelp(CommandLine cmd) {
		return "Try '" + cmd.getCommandSpec().qualifiedName().replaceFirst("^kostra", "./kostra") + " --help' for more.";
	}

	private static IExecutionExceptionHandler handler(boolean debug) {
		return (Exception ex, CommandLine cmd, ParseResult parseResult) -> {
			if (debug) {
				ex.printStackTrace(cmd.getErr());
			}
			if (outOfMemory(ex) || (exitCode(ex) == ExitCodes.FAILED && no.kostrabatch.jobs.MemoryWatch.exhausted())) {
				cmd.getErr().println("kostra: " + no.kostrabatch.jobs.RunOutcome.outOfMemoryMessage(""));
				return ExitCodes.OUT_OF_MEMORY;
			}
			cmd.getErr().println("kostra: " + no.kostrabatch.input.InputFileNames.masked(sentence(ex)));
			int code = exitCode(ex);
			if (code == ExitCodes.USAGE) {
				cmd.getErr().println(tryHelp(cmd));
			}
			return code;
		};
	}

	/** The exit code of an exception that ended a command. */
	static int exitCode(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RunFailure failure) {
				return exitCode(failure.kind());
			}
			if (cause instanceof InputFileException) {
				return ExitCodes.FINDINGS;
			}
			if (cause instanceof ParameterException || cause instanceof YamlFileException) {
				return ExitCodes.USAGE;
			}
		}
		return ExitCodes.FAILED;
	}

	static int exitCode(RunFailure.Kind kind) {
		return switch (kind) {
			case INPUT -> ExitCodes.FINDINGS;
			case USAGE -> ExitCodes.USAGE;
			case FAILED -> ExitCodes.FAILED;
		};
	}

	static boolean outOfMemory(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
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

	/** The commands that use a store, by name. */
	static List<String> storeCommands(CommandLine root) {
		return root.getSubcommands()
			.values()
			.stream()
			.filter((sub) -> sub.getCommandSpec().findOption("--store") != null)
			.map(CommandLine::getCommandName)
			.distinct()
			.toList();
	}

}
