package no.kostrabatch.input.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import no.kostrabatch.input.Suggestions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a Jackson error on a user's YAML file into one sentence with the file, line, column and key. */
public final class YamlProblems {

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

	private static final int SHOWN_LENGTH = 40;

	private static final Pattern IDENTIFIER = Pattern.compile("\\d{11,}");

	private YamlProblems() {
	}

	/** "The job file F, line L, column C: what is wrong", for an error reading {@code text}. */
	public static String sentence(String what, Path file, String text, JsonProcessingException ex) {
		YamlTokens tokens = new YamlTokens(text);
		JsonLocation location = ex.getLocation();
		if (ex instanceof UnrecognizedPropertyException || ex instanceof ValueInstantiationException) {
			YamlTokens.Token key = tokens.key(path((JsonMappingException) ex));
			location = (key != null) ? key.location() : location;
		}
		return "The " + what + " " + file + at(location) + ": " + describe(ex, tokens) + ".";
	}

	private static String describe(JsonProcessingException ex, YamlTokens tokens) {
		if (ex instanceof YamlProblem problem) {
			return problem.describe(path((JsonMappingException) ex));
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			List<String> known = new ArrayList<>();
			unknown.getKnownPropertyIds().forEach((id) -> known.add(String.valueOf(id)));
			known.sort(null);
			String parent = parent(path(unknown));
			return "unknown key '" + cut(unknown.getPropertyName()) + "'" + (parent.isEmpty() ? "" : " under " + parent)
					+ suggestion(unknown.getPropertyName(), known) + "; the keys are " + String.join(", ", known);
		}
		if (ex instanceof InvalidNullException empty) {
			return path(empty) + " needs a value";
		}
		if (ex instanceof MismatchedInputException mismatch) {
			String path = path(mismatch);
			String shown = (mismatch instanceof InvalidFormatException format && format.getValue() != null)
					? "'" + cut(String.valueOf(format.getValue())) + "'" : shown(tokens.at(mismatch.getLocation()));
			if (path.isEmpty()) {
				return "the file must hold keys and values (key: value), not " + shown;
			}
			return path + " must be " + kind(mismatch.getTargetType()) + ", not " + shown;
		}
		if (ex instanceof JsonMappingException mapping) {
			Throwable cause = mapping.getCause();
			String reason = (cause != null && cause.getMessage() != null) ? cause.getMessage() : mapping.getOriginalMessage();
			String path = path(mapping);
			return path.isEmpty() ? reason : path + ": " + reason;
		}
		Matcher duplicate = DUPLICATE.matcher(ex.getOriginalMessage());
		if (duplicate.matches()) {
			String parent = (ex.getProcessor() instanceof JsonParser parser) ? context(parser.getParsingContext().getParent()) : "";
			return "the key '" + duplicate.group(1) + "'" + (parent.isEmpty() ? "" : " under " + parent)
					+ " is given twice";
		}
		if (ex.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
			return "this is not valid YAML (" + yaml.getProblem() + ")";
		}
		return "this is not valid YAML (" + ex.getOriginalMessage().lines().findFirst().orElse("") + ")";
	}

	/**
	 * A value as the sentence shows it: its first line, cut when long, and a run of 11 or more digits
	 * (a fødselsnummer, a DUF number) masked.
	 */
	public static String cut(String text) {
		String line = text.lines().findFirst().orElse("");
		String shown = (line.length() > SHOWN_LENGTH || line.length() < text.length())
				? line.substring(0, Math.min(line.length(), SHOWN_LENGTH)) + "…" : line;
		return IDENTIFIER.matcher(shown).replaceAll((match) -> "#".repeat(match.group().length()));
	}

	/** The parser's current value as the sentence shows it: 'text', a list, keys and values, nothing. */
	public static String shown(JsonParser parser) {
		try {
			return shown(parser.currentToken(), parser.getText());
		}
		catch (java.io.IOException ex) {
			return "that";
		}
	}

	private static String shown(YamlTokens.Token token) {
		return (token != null) ? shown(token.type(), token.text()) : "that";
	}

	private static String shown(JsonToken token, String text) {
		if (token == null) {
			return "that";
		}
		return switch (token) {
			case START_ARRAY -> "a list";
			case START_OBJECT -> "keys and values";
			case VALUE_NULL -> "nothing";
			default -> "'" + cut(text) + "'";
		};
	}

	private static String at(JsonLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return ", line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String kind(Class<?> type) {
		if (type == null) {
			return "a value";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "keys and values (key: value)";
		}
		return "a value";
	}

	private static String path(JsonMappingException ex) {
		List<String> keys = new ArrayList<>();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				keys.add(reference.getFieldName());
			}
		}
		return String.join(".", keys);
	}

	private static String parent(String path) {
		int dot = path.lastIndexOf('.');
		return (dot < 0) ? "" : path.substring(0, dot);
	}

	private static String context(JsonStreamContext context) {
		List<String> keys = new ArrayList<>();
		for (JsonStreamContext c = context; c != null; c = c.getParent()) {
			if (c.getCurrentName() != null) {
				keys.add(0, c.getCurrentName());
			}
		}
		return String.join(".", keys);
	}

	private static String suggestion(String word, List<String> known) {
		return Suggestions.closest(word, known).map((best) -> " (did you mean '" + best + "'?)").orElse("");
	}

}
