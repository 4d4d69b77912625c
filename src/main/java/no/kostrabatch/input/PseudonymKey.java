package no.kostrabatch.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Where the pseudonymisation key comes from: the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, else a key file outside the store, created on first use with 32
 * random bytes and owner-only permissions. The same key must be used for every import whose
 * persons should be recognised as the same (across months and years).
 */
public final class PseudonymKey {

	public static final String ENVIRONMENT_VARIABLE = "KOSTRA_PSEUDONYM_KEY";

	private PseudonymKey() {
	}

	/** The key bytes from the environment or the key file (created if missing). */
	public static byte[] load(Path keyFile) {
		String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			byte[] key = fromEnvironment.trim().getBytes(StandardCharsets.UTF_8);
			if (key.length < 16) {
				throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must hold at least 16 characters");
			}
			return key;
		}
		try {
			if (!Files.exists(keyFile)) {
				create(keyFile);
			}
			return Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the pseudonymisation key file " + keyFile, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The pseudonymisation key file " + keyFile + " is not valid base64", ex);
		}
	}

	private static void create(Path keyFile) throws IOException {
		Path dir = keyFile.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		try {
			if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
			}
			else {
				Files.createFile(keyFile);
			}
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException ex) {
			// another process created it first: use theirs
		}
	}

}
