package no.kostrabatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;

import no.kostrabatch.validation.export.ElevenFExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kostra export-11f}: the year's 11F file from the monthly CSV extracts. */
@Command(name = "export-11f", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Write the 11F file of a year (that year's layout) from its monthly CSV extracts, straight from "
				+ "the extracts (the 11F file carries the real fødselsnummer, so it is never made from the store). "
				+ "The file is created readable by its owner only (0600).")
class Export11fCommand implements Callable<Integer> {

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Mixin
	MappingOption mapping = new MappingOption();

	@Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE")
	List<Path> inputs;

	@Option(names = "--year", required = true, paramLabel = "YYYY")
	int year;

	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;

	@Override
	public Integer call() throws IOException {
		Inputs.checkYear(this.spec, "--year", this.year);
		Inputs.checkOutputFile(this.spec, this.out);
		List<Path> files = Inputs.existing(this.inputs);
		no.kostrabatch.input.ColumnMapping columns = this.mapping.load();
		Path parent = this.out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		long[] records = new long[1];
		Path folder = (parent != null) ? parent : Path.of("").toAbsolutePath();
		if (Files.isSymbolicLink(this.out)) {
			throw new IllegalArgumentException("The output " + this.out + " is a symbolic link; kostra does not write "
					+ "the 11F file through a link: give a plain file name.");
		}
		Path partial = ownerOnly(folder, this.out.getFileName().toString());
		try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.ISO_8859_1,
				StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
			new ElevenFExporter(columns, true).export(files, this.year, (record) -> {
				try {
					writer.write(record.line());
					writer.write("\r\n");
					records[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, this.out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		this.spec.commandLine().getOut().printf("Wrote %s: %d records in the %d 11F layout from %d extract(s).%n",
				this.out, records[0], this.year, files.size());
		return ExitCodes.OK;
	}

	/**
	 * A new empty file beside the target, readable and writable by its owner only from the moment it
	 * exists (it will hold fødselsnummer).
	 */
	static Path ownerOnly(Path folder, String name) throws IOException {
		if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(folder, "." + name + ".", ".partial",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile(folder, "." + name + ".", ".partial");
	}

}
