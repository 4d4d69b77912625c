package no.kostrabatch.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import no.kostrabatch.input.internal.YamlProblem;
import no.kostrabatch.input.internal.YamlProblems;

/**
 * Binds a YAML file the user wrote to a record with Jackson: an unknown key, a duplicate key, a
 * value of the wrong type or outside its closed list, broken YAML and an empty file are each one
 * sentence naming the file, line, column and key ({@link YamlFileException}). The file is UTF-8,
 * else read as Windows-1252.
 */
public final class YamlFiles {

	private YamlFiles() {
	}

	/**
	 * Reads {@code file} as {@code type}.
	 * @param what what the file is, for the sentence: "job file", "column mapping"
	 * @param module deserializers for the values with a closed list or a format of their own
	 * @throws YamlFileException when the file is missing, unreadable, empty or wrong
	 */
	public static <T> T read(Path file, String what, Class<T> type, SimpleModule module) {
		YAMLMapper mapper = mapper(module);
		return read(text(file, what), file, what, mapper.constructType(type), mapper);
	}

	/**
	 * Reads YAML {@code text} already in memory (a resource of the application, such as the statistics
	 * catalogue) as {@code type}, with the same checks and sentences as a file; {@code name} is the
	 * file the sentence names.
	 * @throws YamlFileException when the text is empty or wrong
	 */
	public static <T> T read(String text, Path name, String what, TypeReference<T> type, SimpleModule module) {
		YAMLMapper mapper = mapper(module);
		return read(text, name, what, mapper.constructType(type), mapper);
	}

	private static <T> T read(String text, Path file, String what, JavaType type, YAMLMapper mapper) {
		try {
			JsonNode tree = mapper.readTree(text);
			if (tree == null || tree.isMissingNode() || tree.isNull()) {
				throw new YamlFileException("The " + what + " " + file + " is empty.");
			}
			return mapper.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new YamlFileException(YamlProblems.sentence(what, file, text, ex));
		}
	}

	/**
	 * A value read from YAML text by {@code parse}; an {@link IllegalArgumentException} from it gives
	 * "KEY must be {@code must}, not 'VALUE'".
	 */
	public static <T> StdScalarDeserializer<T> scalar(Class<T> type, Function<String, T> parse, String must) {
		return new ParsedScalar<>(type, parse, must, List.of());
	}

	/** A value of a closed list; a wrong one names the list and the one probably meant. */
	public static <T> StdScalarDeserializer<T> oneOf(Class<T> type, Function<String, T> parse, List<String> allowed) {
		return new ParsedScalar<>(type, parse, "one of " + String.join(", ", allowed), allowed);
	}

	/**
	 * A map key of a closed list: a wrong one is an unknown {@code noun}, with the list; a known one
	 * for which {@code refusal} gives a reason (else {@code null}) is refused with that reason.
	 */
	public static <T> KeyDeserializer keyOf(Function<String, T> parse, Function<T, String> refusal, String noun,
			List<String> allowed) {
		return new KeyDeserializer() {

			@Override
			public Object deserializeKey(String key, DeserializationContext context) throws IOException {
				T value;
				try {
					value = parse.apply(key);
				}
				catch (IllegalArgumentException ex) {
					throw YamlProblem.unknownKey(context.getParser(), key, noun, allowed);
				}
				String reason = refusal.apply(value);
				if (reason != null) {
					throw YamlProblem.refusedKey(context.getParser(), key, noun, reason);
				}
				return value;
			}

		};
	}

	private static YAMLMapper mapper(SimpleModule module) {
		return YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(module)
			.build();
	}

	private static String text(Path file, String what) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new YamlFileException("The " + what + " " + file + " does not exist.");
		}
		catch (IOException ex) {
			throw new YamlFileException("Cannot read the " + what + " " + file + ".");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(bytes, Charset.forName("windows-1252"));
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static final class ParsedScalar<T> extends StdScalarDeserializer<T> {

		private final transient Function<String, T> parse;

		private final String must;

		private final List<String> allowed;

		ParsedScalar(Class<T> type, Function<String, T> parse, String must, List<String> allowed) {
			super(type);
			this.parse = parse;
			this.must = must;
			this.allowed = List.copyOf(allowed);
		}

		@Override
		public T getNullValue(DeserializationContext context) throws JsonMappingException {
			throw YamlProblem.value(context.getParser(), "nothing", this.must, this.allowed);
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return null;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.currentToken().isScalarValue() || parser.currentToken() == JsonToken.VALUE_NULL) {
				throw YamlProblem.value(parser, YamlProblems.shown(parser), this.must, this.allowed);
			}
			String text = parser.getText();
			try {
				return this.parse.apply(text.trim());
			}
			catch (IllegalArgumentException ex) {
				throw YamlProblem.value(parser, "'" + YamlProblems.cut(text) + "'", this.must, this.allowed);
			}
		}

	}

}
