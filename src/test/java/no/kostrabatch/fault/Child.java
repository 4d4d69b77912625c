package no.kostrabatch.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child JVM, from the packaged jar ({@code mvn verify} builds it before failsafe
 * runs), with its own temp folder, so a test can kill it, signal it and run it again.
 */
final class Child {

	static final Path JAR = Path.of("target", "kostra-batch.jar").toAbsolutePath();

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private Child(Process process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/** Starts {@code kostra args…} with {@code -Xmx} and environment variables. */
	static Child start(Path dir, String heap, Map<String, String> env, String... args) throws IOException {
		Path tmp = Files.createDirectories(dir.resolve("tmp"));
		List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap, "-Djava.awt.headless=true",
				"-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().keySet().removeIf((k) -> k.startsWith("SPRING_DATASOURCE") || k.startsWith("KOSTRA_"));
		builder.environment().put("KOSTRA_PSEUDONYM_KEY", "fault-tests-key-0123456789abcdef");
		builder.environment().putAll(env);
		Path out = Files.createTempFile(dir, "stdout", ".txt");
		Path err = Files.createTempFile(dir, "stderr", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		return new Child(builder.start(), out, err);
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	long pid() {
		return this.process.pid();
	}

	/** Waits until {@code file} exists and contains {@code text}; false if the child ended first. */
	boolean awaitText(Path file, String text, Duration timeout) throws IOException, InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
				return true;
			}
			if (!this.process.isAlive()) {
				return false;
			}
			Thread.sleep(20);
		}
		return false;
	}

	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	void terminate() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	boolean alive() {
		return this.process.isAlive();
	}

	int await(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("The child did not end within " + timeout + ": " + output());
		}
		return this.process.exitValue();
	}

	String stdout() throws IOException {
		return Files.readString(this.stdout, StandardCharsets.UTF_8);
	}

	String stderr() throws IOException {
		return Files.readString(this.stderr, StandardCharsets.UTF_8);
	}

	String output() {
		try {
			return stdout() + stderr();
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	/** Runs to the end and returns the exit code. */
	static int run(Path dir, Map<String, String> env, StringBuilder output, String... args)
			throws IOException, InterruptedException {
		Child child = start(dir, "1g", env, args);
		int code = child.await(Duration.ofMinutes(5));
		output.append(child.output());
		return code;
	}

}
