package no.kostrabatch.report.control;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import no.kostrabatch.report.ProcessTempFolder;

/**
 * A temporary file for records that hold identities (the 11F records derived from a CSV extract),
 * encrypted (AES-CTR) under a random key that lives only in this process's memory, owner-only, and
 * deleted on close, by a shutdown hook (normal exit, error, SIGTERM, SIGINT) and by
 * {@code deleteOnExit}. A process killed with SIGKILL leaves only ciphertext whose key is gone, in the
 * process's private temp folder ({@link ProcessTempFolder}), which the next command deletes.
 */
final class SealedFile implements AutoCloseable {

	private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(SealedFile::deleteQuietly),
				"kostra-sealed-file-cleanup"));
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path path;

	private final byte[] key = new byte[16];

	private final byte[] iv = new byte[16];

	private SealedFile(Path path) {
		this.path = path;
		RANDOM.nextBytes(this.key);
		RANDOM.nextBytes(this.iv);
	}

	static SealedFile create(String prefix) throws IOException {
		Path folder = tempFolder();
		Path path = Files.getFileStore(folder).supportsFileAttributeView("posix")
				? Files.createTempFile(folder, prefix, ".sealed",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(folder, prefix, ".sealed");
		OPEN.add(path);
		path.toFile().deleteOnExit();
		return new SealedFile(path);
	}

	/** The process's private temp folder when the command line made one, else the system's. */
	private static Path tempFolder() {
		Path own = ProcessTempFolder.folder();
		return (own != null) ? own : Path.of(System.getProperty("java.io.tmpdir"));
	}

	BufferedWriter writer() throws IOException {
		return new BufferedWriter(new OutputStreamWriter(
				new CipherOutputStream(Files.newOutputStream(this.path), cipher(Cipher.ENCRYPT_MODE)),
				StandardCharsets.ISO_8859_1), 1 << 16);
	}

	BufferedReader reader() throws IOException {
		return new BufferedReader(new InputStreamReader(
				new CipherInputStream(Files.newInputStream(this.path), cipher(Cipher.DECRYPT_MODE)),
				StandardCharsets.ISO_8859_1), 1 << 16);
	}

	private Cipher cipher(int mode) throws IOException {
		try {
			Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
			cipher.init(mode, new SecretKeySpec(this.key, "AES"), new IvParameterSpec(this.iv));
			return cipher;
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("AES is not available", ex);
		}
	}

	@Override
	public void close() {
		deleteQuietly(this.path);
		OPEN.remove(this.path);
		java.util.Arrays.fill(this.key, (byte) 0);
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// deleteOnExit tries again
		}
	}

}
