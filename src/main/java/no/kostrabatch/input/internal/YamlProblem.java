package no.kostrabatch.input.internal;

import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import no.kostrabatch.input.Suggestions;

/**
 * A YAML value or key that has the right type but is not allowed (a kind, a language, an output, a
 * column), at the parser's position; {@link YamlProblems} turns it into the sentence.
 */
public final class YamlProblem extends JsonMappingException {

	private final String shown;

	private final String must;

	private final List<String> allowed;

	private final String noun;

	private final String reason;

	private YamlProblem(JsonParser parser, String shown, String must, List<String> allowed, String noun,
			String reason) {
		super(parser, shown);
		this.shown = shown;
		this.must = must;
		this.allowed = List.copyOf(allowed);
		this.noun = noun;
		this.reason = reason;
	}

	/** A value that is not {@code must} ({@code shown} as the sentence shows it, quoted or "a list"). */
	public static YamlProblem value(JsonParser parser, String shown, String must, List<String> allowed) {
		return new YamlProblem(parser, shown, must, allowed, null, null);
	}

	/** A map key that is not one of {@code allowed}: an unknown {@code noun}. */
	public static YamlProblem unknownKey(JsonParser parser, String key, String noun, List<String> allowed) {
		return new YamlProblem(parser, key, null, allowed, noun, null);
	}

	/** A map key that is known but refused, for {@code reason}. */
	public static YamlProblem refusedKey(JsonParser parser, String key, String noun, String reason) {
		return new YamlProblem(parser, key, null, List.of(), noun, reason);
	}

	/** What is wrong, for the value or key at {@code path} (dotted keys, may be empty). */
	String describe(String path) {
		if (this.noun == null) {
			return path + " must be " + this.must + ", not " + this.shown
					+ suggestion(this.shown.replaceAll("^'|'$", ""));
		}
		String under = path.isEmpty() ? "" : " under " + path;
		if (this.reason != null) {
			return "the " + this.noun + " '" + this.shown + "'" + under + " " + this.reason;
		}
		return "unknown " + this.noun + " '" + YamlProblems.cut(this.shown) + "'" + under + suggestion(this.shown)
				+ "; the " + this.noun + "s are " + String.join(", ", this.allowed);
	}

	private String suggestion(String text) {
		return Suggestions.closest(text, this.allowed).map((best) -> " (did you mean '" + best + "'?)").orElse("");
	}

}
