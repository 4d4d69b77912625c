package no.kostrabatch.validation.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSB's own 11F control program, run as a separate JVM: the jars in
 * {@code ../shared/tools/ssb-kontrollprogram} (or the folder named by the system property
 * {@code kostra.ssb.oracle}). It prints {@code line<TAB>rule name<TAB>severity<TAB>message} per
 * finding.
 */
final class SsbOracle {

	static final String PROPERTY = "kostra.ssb.oracle";

	private static final Pattern RULE = Pattern.compile("Kontroll (\\d+)_?([A-Z]?)\\b");

	private final Path folder;

	private SsbOracle(Path folder) {
		this.folder = folder;
	}

	/** The oracle, when its jars are where CI puts them (beside the clone) or where the property says. */
	static Optional<SsbOracle> find() {
		String configured = System.getProperty(PROPERTY);
		Path folder = (configured != null) ? Path.of(configured)
				: Path.of(System.getProperty("user.dir")).resolve("../shared/tools/ssb-kontrollprogram").normalize();
		boolean present = Files.isRegularFile(folder.resolve("ssb-kontrollprogram-2026.jar"))
				&& Files.isRegularFile(folder.resolve("ssb-kontrollprogram-2024.jar"));
		return present ? Optional.of(new SsbOracle(folder)) : Optional.empty();
	}

	static String missingMessage() {
		return "SSB's control program is not beside the project (../shared/tools/ssb-kontrollprogram, or -D"
				+ PROPERTY + "=DIR): the differential test against it is skipped.";
	}

	/** One finding as SSB prints it. */
	record OracleFinding(long line, String rule, String severity, String title, String message) {
	}

	/** What SSB's program said about a file: its findings and its exit code. */
	record OracleRun(List<OracleFinding> findings, int exitCode) {
	}

	/** Runs SSB's program of the reporting year on a file. */
	OracleRun run(Path file, int year, String municipality) throws IOException, InterruptedException {
		Path jar = this.folder.resolve((year <= 2024) ? "ssb-kontrollprogram-2024.jar" : "ssb-kontrollprogram-2026.jar");
		Path output = Files.createTempFile("ssb-oracle", ".txt");
		try {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar.toString(), file.toString(),
					String.valueOf(year), municipality + "00")
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("SSB's control program did not finish on " + file);
			}
			List<OracleFinding> findings = new ArrayList<>();
			int exit = -1;
			for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
				String[] parts = line.split("\t", 4);
				if (parts[0].equals("#EXIT")) {
					exit = Integer.parseInt(parts[1]);
				}
				else if (parts.length == 4 && parts[0].matches("\\d+")) {
					findings.add(new OracleFinding(Long.parseLong(parts[0]), number(parts[1]), parts[2], parts[1],
							parts[3]));
				}
			}
			if (exit < 0) {
				throw new IllegalStateException("SSB's control program failed on " + file + ":\n"
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
			return new OracleRun(findings, exit);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** SSB's rule name as our rule number: {@code Kontroll 04A : …} is 004A, {@code Kontroll 20_A: …} 020A. */
	static String number(String title) {
		Matcher m = RULE.matcher(title);
		if (!m.find()) {
			return title;
		}
		return String.format("%03d", Integer.parseInt(m.group(1))) + m.group(2);
	}

}
