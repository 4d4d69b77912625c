package no.kostrabatch.input;

import java.util.EnumMap;
import java.util.Map;

/** The names of the codes of the coded 11F fields whose names SSB's messages show, as SSB spells them. */
final class ElevenFCodeLabels {

	private static final Map<ElevenFField, Map<String, String>> LABELS = new EnumMap<>(ElevenFField.class);

	static {
		LABELS.put(ElevenFField.VKLO, Map.of("1", "Arbeidsinntekt", "2", "Kursstønad/lønn i arbeidsmarkedstiltak", "3",
				"Trygd/stønad", "4", "Stipend/lån", "5", "Sosialhjelp", "6", "Introduksjonsstøtte", "7",
				"Ektefelle/samboers inntekt", "8", "Kvalifiseringsstønad", "9", "Annen inntekt"));
		LABELS.put(ElevenFField.TRYGDESIT, Map.ofEntries(Map.entry("01", "Sykepenger"), Map.entry("02", "Dagpenger"),
				Map.entry("04", "Uføretrygd"), Map.entry("05", "Overgangsstønad"),
				Map.entry("06", "Omstillingsstønad/tidl. Etterlattepensjon"), Map.entry("07", "Alderspensjon"),
				Map.entry("09", "Supplerende stønad (kort botid)"), Map.entry("10", "Annen trygd"),
				Map.entry("11", "Arbeidsavklaringspenger"), Map.entry("12", "Har ingen trygd/pensjon"),
				Map.entry("13", "Barnetrygd")));
		LABELS.put(ElevenFField.ARBSIT, Map.of("01", "Arbeid, heltid", "02", "Arbeid, deltid", "03", "Under utdanning",
				"04", "Ikke arbeidssøker", "05", "Arbeidsmarkedstiltak (statlig)", "06", "Kommunalt tiltak", "07",
				"Registrert arbeidsledig", "08", "Arbeidsledig, men ikke registrert hos NAV", "09",
				"Introduksjonsordning", "10", "Kvalifiseringsprogram"));
	}

	private ElevenFCodeLabels() {
	}

	static String of(ElevenFField field, String code) {
		return LABELS.getOrDefault(field, Map.of()).getOrDefault(code, "Ukjent");
	}

}
