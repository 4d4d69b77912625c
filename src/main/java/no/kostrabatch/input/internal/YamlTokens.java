package no.kostrabatch.input.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.lang.Nullable;

/**
 * Looks into a YAML text again after a binding error, for what the error does not keep: where an
 * unknown key is, and what a mismatched value was.
 */
final class YamlTokens {

	/** A token and where it starts. */
	record Token(JsonToken type, String text, JsonLocation location) {

	}

	private final String text;

	YamlTokens(String text) {
		this.text = text;
	}

	/** The key at {@code path} (dotted keys), or {@code null}. */
	@Nullable
	Token key(String path) {
		return find((token, keyPath) -> token == JsonToken.FIELD_NAME && keyPath.equals(path), null);
	}

	/** The token that starts at {@code location}, or {@code null}. */
	@Nullable
	Token at(@Nullable JsonLocation location) {
		if (location == null) {
			return null;
		}
		return find((token, keyPath) -> token != JsonToken.FIELD_NAME, location);
	}

	@Nullable
	private Token find(BiPredicate<JsonToken, String> match, @Nullable JsonLocation location) {
		try (JsonParser parser = new YAMLFactory().createParser(this.text)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				JsonLocation start = parser.currentTokenLocation();
				boolean here = location == null || (start.getLineNr() == location.getLineNr()
						&& start.getColumnNr() == location.getColumnNr());
				if (here && match.test(token, path(parser.getParsingContext()))) {
					return new Token(token, parser.getText(), start);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
		return null;
	}

	private static String path(JsonStreamContext context) {
		List<String> keys = new ArrayList<>();
		for (JsonStreamContext c = context; c != null; c = c.getParent()) {
			if (c.inObject() && c.getCurrentName() != null) {
				keys.add(0, c.getCurrentName());
			}
		}
		return String.join(".", keys);
	}

}
