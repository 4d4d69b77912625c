package no.kostrabatch.cli;

import java.util.ArrayList;
import java.util.List;

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
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (OptionSpec option : spec.options()) {
			for (String candidate : option.names()) {
				if (!candidate.startsWith("--")) {
					continue;
				}
				int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate);
				if (distance < bestDistance) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return (best != null && bestDistance <= Math.max(2, best.length() / 4)) ? best : null;
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
