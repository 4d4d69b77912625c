package no.kostrabatch.cli;

import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.input.Suggestions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Names the options of a command line that the command does not know, before any other mistake (a
 * mistyped {@code --yaer} is the reason {@code --year} is missing), with a did-you-mean suggestion.
 */
final class UnknownOptions {

	private UnknownOptions() {
	}

	/** One sentence about the unknown options of {@code cmd} in {@code args}, or {@code null} when none. */
	static String describe(CommandLine cmd, String[] args) {
		CommandSpec spec = cmd.getCommandSpec();
		List<String> unknown = new ArrayList<>();
		boolean inCommand = cmd.getParent() == null;
		for (String arg : args) {
			if (!inCommand) {
				inCommand = arg.equals(cmd.getCommandName()) || spec.aliases().length > 0
						&& List.of(spec.aliases()).contains(arg);
				continue;
			}
			if (arg.equals("--")) {
				break;
			}
			if (arg.startsWith("-") && arg.length() > 1 && !arg.matches("-\\d.*")) {
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				if (spec.findOption(name) == null && !unknown.contains(name)) {
					unknown.add(name);
				}
			}
		}
		if (unknown.isEmpty()) {
			return null;
		}
		String name = unknown.get(0);
		String command = spec.qualifiedName();
		if (name.equals("--store")) {
			CommandLine root = cmd;
			while (root.getParent() != null) {
				root = root.getParent();
			}
			return command + " does not use a store, so it takes no --store; --store DIR is for "
					+ String.join(", ", Launcher.storeCommands(root));
		}
		String suggestion = suggestion(spec, name);
		return "Unknown option '" + name + "'" + ((suggestion != null) ? " (did you mean '" + suggestion + "'?)" : "")
				+ ((unknown.size() > 1) ? "; also unknown: " + String.join(", ", unknown.subList(1, unknown.size())) : "");
	}

	private static String suggestion(CommandSpec spec, String name) {
		java.util.List<String> names = new java.util.ArrayList<>();
		for (OptionSpec option : spec.options()) {
			for (String candidate : option.names()) {
				if (candidate.startsWith("--")) {
					names.add(candidate);
				}
			}
		}
		return Suggestions.closest(name, names).orElse(null);
	}

}
