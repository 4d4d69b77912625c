package no.kostrabatch.validation;

import java.util.List;
import java.util.function.Supplier;

import no.kostrabatch.validation.rules.*;

/**
 * The rules of a reporting year, listed explicitly in SSB's order: 2025 and later use the current
 * rules (June 2026), 2024 the 2024 release. The structural rules 000 and 001 run first, in the
 * validator, and stop everything else when they find something.
 */
public final class RuleSet {

	private final int year;

	private final List<ValidationRule> recordRules;

	private final List<Supplier<FileRule>> fileRules;

	private RuleSet(int year, List<ValidationRule> recordRules) {
		this.year = year;
		this.recordRules = List.copyOf(recordRules);
		this.fileRules = List.of(Rule005AFodselsnummerDubletter::new, Rule005BJournalnummerDubletter::new);
	}

	public static RuleSet forYear(int year) {
		if (year <= 2024) {
			return new RuleSet(year, List.of(new Rule003Kommunenummer(), new Rule003Bydelsnummer(),
					new Rule004Oppgaveaar(), new Rule005FodselsnummerV2024(), new Rule006AlderUnder18V2024(),
					new Rule007Alder68V2024(), new Rule008Kjonn(), new Rule009Sivilstand(), new Rule010Forsorgerplikt(),
					new Rule011ManglerAntallBarn(), new Rule012BarnUtenAvkrysning(), new Rule013MangeBarn(),
					new Rule014ViktigsteKilde(), new Rule015Arbeidsinntekt(), new Rule016Kursstonad(),
					new Rule017StipendLaan(), new Rule018Introduksjonsstotte(), new Rule019Kvalifiseringsstonad(),
					new Rule020ATrygdUtenTrygdV2024(), new Rule020BTrygdPensjon(), new Rule021SosialhjelpV2024(),
					new Rule022AlderspensjonV2024(), new Rule023OvergangsstonadV2024(),
					new Rule024UforetrygdAlderspensjonV2024(), new Rule024BArbeidsavklaringspenger(),
					new Rule025Arbeidssituasjon(), new Rule026Stonadsmaaneder(), new Rule027Stonadssum(),
					new Rule030StorStonadssumV2024(), new Rule031LitenStonadssum(), new Rule032Okonomiskraadgivning(),
					new Rule033IndividuellPlan(), new Rule035Boligsituasjon(), new Rule036BidragPerMaaned(),
					new Rule037LaanPerMaaned(), new Rule038DufNummer(), new Rule039Vilkaar(),
					new Rule040VilkaarSamboer(), new Rule041Utbetalingsvedtak(), new Rule042UtbetalingsvedtakTilOgMed(),
					new Rule043TypeVilkaar()));
		}
		return new RuleSet(year, List.of(new Rule002Filbeskrivelse(), new Rule003Kommunenummer(),
				new Rule003Bydelsnummer(), new Rule004Oppgaveaar(), new Rule004AFodselsdato(), new Rule005Fodselsnummer(),
				new Rule006AlderUnder18(), new Rule007Alder96(), new Rule008Kjonn(), new Rule009Sivilstand(),
				new Rule010Forsorgerplikt(), new Rule011ManglerAntallBarn(), new Rule012BarnUtenAvkrysning(),
				new Rule013MangeBarn(), new Rule014ViktigsteKilde(), new Rule015Arbeidsinntekt(), new Rule016Kursstonad(),
				new Rule017StipendLaan(), new Rule018Introduksjonsstotte(), new Rule019Kvalifiseringsstonad(),
				new Rule020BTrygdPensjon(), new Rule021Sosialhjelp(), new Rule022Trygdesituasjon(),
				new Rule023AAlderspensjon(), new Rule023BOvergangsstonad(), new Rule023CBarnetrygd(),
				new Rule024UforetrygdAlderspensjon(), new Rule024BArbeidsavklaringspenger(), new Rule025Arbeidssituasjon(),
				new Rule026Stonadsmaaneder(), new Rule027Stonadssum(), new Rule030StorStonadssum(),
				new Rule031LitenStonadssum(), new Rule032Okonomiskraadgivning(), new Rule033IndividuellPlan(),
				new Rule035Boligsituasjon(), new Rule036BidragPerMaaned(), new Rule037LaanPerMaaned(),
				new Rule038DufNummer(), new Rule039Vilkaar(), new Rule040VilkaarSamboer(), new Rule041Utbetalingsvedtak(),
				new Rule042UtbetalingsvedtakTilOgMed(), new Rule043TypeVilkaar()));
	}

	public int year() {
		return this.year;
	}

	public List<ValidationRule> recordRules() {
		return this.recordRules;
	}

	/** Fresh instances of the rules across records (they keep state while a file is read). */
	public List<FileRule> newFileRules() {
		return this.fileRules.stream().map(Supplier::get).toList();
	}

}
