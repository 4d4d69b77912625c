package no.kostrabatch.input;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a person's identity into a stable key: HMAC-SHA256 under a secret key of the normalised
 * identity, which is the valid fødselsnummer/D-number, else the DUF number, else the municipality
 * and journal number, else the municipality and the fødselsnummer field as delivered (an invalid
 * number still tells rows of the same person apart). The raw identifiers go in and never come out.
 */
public final class Pseudonymiser {

	private final SecretKeySpec key;

	private final ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

	public Pseudonymiser(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("The pseudonymisation key must be at least 16 bytes");
		}
		this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
	}

	/**
	 * The person key, or empty when the case carries no usable identifier at all.
	 * @param fodselsnummer PERSON_FODSELSNR as delivered (may be blank or invalid)
	 * @param duf PERSON_DUF as delivered (may be blank)
	 * @param municipality KOMMUNE_NR
	 * @param journal PERSON_JOURNALNR as delivered (may be blank)
	 */
	public Optional<String> personKey(String fodselsnummer, String duf, String municipality, String journal) {
		String fnr = trim(fodselsnummer);
		if (Fodselsnummer.hasValidCheckDigits(fnr)) {
			return Optional.of(hash("F:" + fnr));
		}
		String d = trim(duf);
		if (!d.isEmpty()) {
			return Optional.of(hash("D:" + d));
		}
		String j = trim(journal);
		if (!j.isEmpty()) {
			return Optional.of(hash("J:" + trim(municipality) + ":" + j));
		}
		if (!fnr.isEmpty()) {
			return Optional.of(hash("R:" + trim(municipality) + ":" + fnr));
		}
		return Optional.empty();
	}

	private String hash(String identity) {
		return HexFormat.of().formatHex(this.mac.get().doFinal(identity.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac instance = Mac.getInstance("HmacSHA256");
			instance.init(this.key);
			return instance;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static String trim(String s) {
		return (s != null) ? s.trim() : "";
	}

}
