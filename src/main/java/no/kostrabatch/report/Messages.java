package no.kostrabatch.report;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import no.kostrabatch.statistics.Lang;

/**
 * The reports' own words (prose, headings, notes, sheet names) in one language, from the bundles
 * {@code messages_<lang>.properties}; labels of dimensions, measures and categories come from the
 * catalogue. A message with arguments is a {@link MessageFormat} pattern ({@code {0}}; a quote is
 * written {@code ''}); each argument is inserted as its {@code String.valueOf}, so numbers arrive
 * formatted by the caller. A message without arguments is returned as written, as Spring's
 * {@code MessageSource} does. A third language is a third bundle and a {@link Lang}.
 */
public final class Messages {

	/** The base name of the bundles. */
	public static final String BUNDLE = "messages";

	/** The unit of a figure given in its key figure's unit (the change of a key figure). */
	public static final String INDICATOR_UNIT = "report.units.the_key_figures_unit";

	private final Lang lang;

	private final ResourceBundle bundle;

	public Messages(Lang lang) {
		this.lang = lang;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale(lang),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The locale of a language's bundle ({@code nb}, {@code en}). */
	public static Locale locale(Lang lang) {
		return Locale.forLanguageTag(lang.name().toLowerCase(Locale.ROOT));
	}

	public Lang lang() {
		return this.lang;
	}

	/** The message of {@code key}, its arguments filled in. */
	public String get(String key, Object... args) {
		String pattern = this.bundle.getString(key);
		if (args.length == 0) {
			return pattern;
		}
		Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
		return new MessageFormat(pattern, locale(this.lang)).format(texts);
	}

}
