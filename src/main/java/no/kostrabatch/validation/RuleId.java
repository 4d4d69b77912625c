package no.kostrabatch.validation;

/**
 * SSB's control rules for form 11F: the number as SSB prints it, the title as in SSB's report and the
 * severity. Constants ending in {@code _2024} are the 2024 release's versions of a rule.
 */
public enum RuleId {

	R000("000", "Kontroll 000 : Skal levere filuttrekk", Severity.FATAL),
	R001("001", "Kontroll 001 : Recordlengde", Severity.FATAL),
	R002("002", "Kontroll 002 : Filbeskrivelse", Severity.ERROR),
	R003_KOMMUNE("003", "Kontroll 03 : Kommunenummer", Severity.ERROR),
	R003_BYDEL("003", "Kontroll 03 : Bydelsnummer", Severity.ERROR),
	R004("004", "Kontroll 04 : Oppgaveår", Severity.ERROR),
	R004A("004A", "Kontroll 04A : Fødselsdato", Severity.ERROR),
	R005("005", "Kontroll 05 : Fødselsnummer", Severity.ERROR),
	R005_2024("005", "Kontroll 05 : Fødselsnummer", Severity.ERROR),
	R005A("005A", "Kontroll 05A : Fødselsnummer, dubletter", Severity.ERROR),
	R005B("005B", "Kontroll 05B : Journalnummer, dubletter", Severity.ERROR),
	R006("006", "Kontroll 06 : Alder under 18 år", Severity.WARNING),
	R006_2024("006", "Kontroll 06 : Alder under 18 år", Severity.WARNING),
	R007("007", "Kontroll 07 : Alder over 96 år eller over", Severity.WARNING),
	R007_2024("007", "Kontroll 07 : Alder over 67 år eller over", Severity.WARNING),
	R008("008", "Kontroll 08 : Kjønn", Severity.ERROR),
	R009("009", "Kontroll 09 : Sivilstand", Severity.ERROR),
	R010("010", "Kontroll 10 : Forsørgerplikt for barn under 18 år i husholdningen. Gyldige verdier", Severity.ERROR),
	R011("011", "Kontroll 11 : Det bor barn under 18 år i husholdningen. Mangler antall barn.", Severity.ERROR),
	R012("012", "Kontroll 12 : Det bor barn under 18 år i husholdningen.", Severity.ERROR),
	R013("013", "Kontroll 13 : Mange barn under 18 år i husholdningen.", Severity.ERROR),
	R014("014", "Kontroll 14: Viktigste kilde til livsopphold. Gyldige verdier", Severity.ERROR),
	R015("015", "Kontroll 15: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Arbeidsinntekt",
			Severity.ERROR),
	R016("016", "Kontroll 16: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. "
			+ "Kursstønad/lønn i arbeidsmarkedstiltak.", Severity.ERROR),
	R017("017", "Kontroll 17: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Stipend/lån.",
			Severity.ERROR),
	R018("018", "Kontroll 18: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Introduksjonsstøtte.",
			Severity.ERROR),
	R019("019", "Kontroll 19: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Kvalifiseringsstønad",
			Severity.ERROR),
	R020A_2024("020A", "Kontroll 20_A: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Trygd/pensjon", Severity.WARNING),
	R020B("020B", "Kontroll 20_B: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Trygd/pensjon",
			Severity.ERROR),
	R021("021", "Kontroll 21: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Sosialhjelp.",
			Severity.WARNING),
	R021_2024("021", "Kontroll 21: Viktigste kilde til livsopphold i relasjon til arbeidssituasjon. Sosialhjelp.",
			Severity.WARNING),
	R022("022", "Kontroll 22: Trygdesituasjon. Gyldige koder.", Severity.ERROR),
	R022_2024("022", "Kontroll 22: Tilknytning til trygdesystemet og alder. 62 år eller yngre med alderspensjon.",
			Severity.ERROR),
	R023_2024("023", "Kontroll 23: Tilknytning til trygdesystemet og barn. Overgangsstønad.", Severity.ERROR),
	R023A("023A", "Kontroll 23A: Tilknytning til trygdesystemet og alder. Yngre enn 62 år med alderspensjon.",
			Severity.ERROR),
	R023B("023B", "Kontroll 23B: Tilknytning til trygdesystemet og barn. Overgangsstønad.", Severity.ERROR),
	R023C("023C", "Kontroll 23C: Tilknytning til trygdesystemet og barn. Barnetrygd.", Severity.ERROR),
	R024("024", "Kontroll 24: Tilknytning til trygdesystemet og arbeidssituasjon. "
			+ "Uføretrygd/alderspensjon og ikke arbeidssøker.", Severity.WARNING),
	R024_2024("024", "Kontroll 24: Tilknytning til trygdesystemet og arbeidssituasjon. "
			+ "Uføretrygd/alderspensjon og ikke arbeidssøker.", Severity.WARNING),
	R024B("024B", "Kontroll 24B: Tilknytning til trygdesystemet og arbeidssituasjon. Arbeidsavklaringspenger.",
			Severity.ERROR),
	R025("025", "Kontroll 25: Arbeidssituasjon. Gyldige koder.", Severity.ERROR),
	R026("026", "Kontroll 26: Stønadsmåneder. Gyldige koder.", Severity.ERROR),
	R027("027", "Kontroll 27: Stønadssum mangler eller har ugyldige tegn.", Severity.ERROR),
	R030("030", "Kontroll 30: Stønadssum på kr 600 000,- eller mer.", Severity.WARNING),
	R030_2024("030", "Kontroll 30: Stønadssum på kr 600 000,- eller mer.", Severity.WARNING),
	R031("031", "Kontroll 31: Stønadssum på kr 200,- eller lavere.", Severity.WARNING),
	R032("032", "Kontroll 32: Økonomiskrådgivning. Gyldige koder.", Severity.ERROR),
	R033("033", "Kontroll 33: Utarbeidelse av individuell plan. Gyldige koder.", Severity.ERROR),
	R035("035", "Kontroll 35: Boligsituasjon. Gyldige koder.", Severity.ERROR),
	R036("036", "Kontroll 36: Bidrag fordelt på måneder", Severity.WARNING),
	R037("037", "Kontroll 37: Lån fordelt på måneder", Severity.WARNING),
	R038("038", "Kontroll 38: DUF-nummer", Severity.WARNING),
	R039("039", "Kontroll 39: Første vilkår i året, vilkår", Severity.ERROR),
	R040("040", "Kontroll 40: Første vilkår i året, vilkår til søkerens samboer/ektefelle", Severity.ERROR),
	R041("041", "Kontroll 41: Dato for utbetalingsvedtak", Severity.ERROR),
	R042("042", "Kontroll 42: Til og med Dato for utbetalingsvedtak", Severity.ERROR),
	R043("043", "Kontroll 43: Type vilkår det stilles til mottakeren", Severity.ERROR);

	private final String number;

	private final String title;

	private final Severity severity;

	RuleId(String number, String title, Severity severity) {
		this.number = number;
		this.title = title;
		this.severity = severity;
	}

	/** SSB's number, e.g. {@code 004A}, {@code 020B}, {@code 043}. */
	public String number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public Severity severity() {
		return this.severity;
	}

}
