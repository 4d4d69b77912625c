package no.kostrabatch.staging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Person keys as the store keeps them: the 32 bytes of the HMAC (64 hex characters in memory), so a
 * row and its index entry carry half the bytes and compare as bytes. A key that is not 64 lower-case
 * hex characters (the importer never makes one) is kept as its UTF-8 bytes after a 0 byte.
 */
final class PersonKeys {

	private static final int HMAC_BYTES = 32;

	private static final HexFormat HEX = HexFormat.of();

	private PersonKeys() {
	}

	static byte[] toBytes(String key) {
		if (key.length() == 2 * HMAC_BYTES && isLowerHex(key)) {
			return HEX.parseHex(key);
		}
		byte[] text = key.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 1];
		System.arraycopy(text, 0, bytes, 1, text.length);
		return bytes;
	}

	static String fromBytes(byte[] bytes) {
		if (bytes.length == HMAC_BYTES) {
			return HEX.formatHex(bytes);
		}
		return new String(Arrays.copyOfRange(bytes, 1, bytes.length), StandardCharsets.UTF_8);
	}

	private static boolean isLowerHex(String key) {
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

}
