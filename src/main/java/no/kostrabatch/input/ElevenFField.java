package no.kostrabatch.input;

import java.util.List;

/**
 * The fields of KOSTRA form 11F, named as in SSB's file descriptions, with their type and code list.
 * Positions and mandatory flags differ between layout years and live in the layout resources
 * ({@code layouts/11F-<year>.yaml}), read by {@link ElevenFLayout}.
 */
public enum ElevenFField {

	KOMMUNE_NR(FieldType.STRING), VERSION(FieldType.STRING), BYDELSNR(FieldType.STRING),
	FODSELSDATO(FieldType.DATE), PERSON_JOURNALNR(FieldType.STRING), PERSON_FODSELSNR(FieldType.STRING),
	PERSON_DUF(FieldType.STRING), KJONN(FieldType.STRING, "1", "2"), EKTSTAT(FieldType.STRING, "1", "2", "3", "4", "5"),
	BU18(FieldType.STRING, "1", "2"), ANTBU18(FieldType.INTEGER),
	VKLO(FieldType.STRING, "1", "2", "3", "4", "5", "6", "7", "8", "9"),
	TRYGDESIT(FieldType.STRING, "01", "02", "04", "05", "06", "07", "09", "10", "11", "12", "13"),
	ARBSIT(FieldType.STRING, "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"),
	STMND_1(FieldType.STRING, "01"), STMND_2(FieldType.STRING, "02"), STMND_3(FieldType.STRING, "03"),
	STMND_4(FieldType.STRING, "04"), STMND_5(FieldType.STRING, "05"), STMND_6(FieldType.STRING, "06"),
	STMND_7(FieldType.STRING, "07"), STMND_8(FieldType.STRING, "08"), STMND_9(FieldType.STRING, "09"),
	STMND_10(FieldType.STRING, "10"), STMND_11(FieldType.STRING, "11"), STMND_12(FieldType.STRING, "12"),
	BIDRAG(FieldType.INTEGER), LAAN(FieldType.INTEGER),
	BIDRAG_JAN(FieldType.INTEGER), LAAN_JAN(FieldType.INTEGER), BIDRAG_FEB(FieldType.INTEGER),
	LAAN_FEB(FieldType.INTEGER), BIDRAG_MARS(FieldType.INTEGER), LAAN_MARS(FieldType.INTEGER),
	BIDRAG_APRIL(FieldType.INTEGER), LAAN_APRIL(FieldType.INTEGER), BIDRAG_MAI(FieldType.INTEGER),
	LAAN_MAI(FieldType.INTEGER), BIDRAG_JUNI(FieldType.INTEGER), LAAN_JUNI(FieldType.INTEGER),
	BIDRAG_JULI(FieldType.INTEGER), LAAN_JULI(FieldType.INTEGER), BIDRAG_AUG(FieldType.INTEGER),
	LAAN_AUG(FieldType.INTEGER), BIDRAG_SEPT(FieldType.INTEGER), LAAN_SEPT(FieldType.INTEGER),
	BIDRAG_OKT(FieldType.INTEGER), LAAN_OKT(FieldType.INTEGER), BIDRAG_NOV(FieldType.INTEGER),
	LAAN_NOV(FieldType.INTEGER), BIDRAG_DES(FieldType.INTEGER), LAAN_DES(FieldType.INTEGER),
	GITT_OKONOMIRAD(FieldType.STRING, "1", "2"), FAAT_INDIVIDUELL_PLAN(FieldType.STRING, "1", "2"),
	SAKSBEHANDLER(FieldType.STRING), BOSIT(FieldType.STRING, "1", "2", "3", "4", "5", "6"),
	VILKARSOSLOV(FieldType.STRING, "1", "2"), VILKARSAMEKT(FieldType.STRING, "1", "2"),
	UTBETDATO(FieldType.DATE), UTBETTOMDATO(FieldType.DATE),
	VILKARARBEID(FieldType.STRING, "16"), VILKARKURS(FieldType.STRING, "17"), VILKARUTD(FieldType.STRING, "04"),
	VILKARJOBBLOG(FieldType.STRING, "06"), VILKARJOBBTILB(FieldType.STRING, "07"),
	VILKARSAMT(FieldType.STRING, "08"), VILKAROKRETT(FieldType.STRING, "10"), VILKARLIVSH(FieldType.STRING, "18"),
	VILKARHELSE(FieldType.STRING, "14"), VILKARANNET(FieldType.STRING, "15"), VILKARDIGPLAN(FieldType.STRING, "19"),
	VILKARNORSKSAMISKOPPL(FieldType.STRING, "20"), VEDTAKDATO(FieldType.DATE),
	VEDTAKARB(FieldType.STRING, "01"), VEDTAKAKT(FieldType.STRING, "02"), VEDTAKHELSE(FieldType.STRING, "03"),
	VEDTAKGRUNN(FieldType.STRING, "04"), SANKSJONRED(FieldType.STRING, "01"),
	SANKSJONANDRE(FieldType.STRING, "02");

	private static final ElevenFField[] MONTHS = { STMND_1, STMND_2, STMND_3, STMND_4, STMND_5, STMND_6, STMND_7,
			STMND_8, STMND_9, STMND_10, STMND_11, STMND_12 };

	private static final ElevenFField[] BIDRAG_MONTHS = { BIDRAG_JAN, BIDRAG_FEB, BIDRAG_MARS, BIDRAG_APRIL,
			BIDRAG_MAI, BIDRAG_JUNI, BIDRAG_JULI, BIDRAG_AUG, BIDRAG_SEPT, BIDRAG_OKT, BIDRAG_NOV, BIDRAG_DES };

	private static final ElevenFField[] LAAN_MONTHS = { LAAN_JAN, LAAN_FEB, LAAN_MARS, LAAN_APRIL, LAAN_MAI,
			LAAN_JUNI, LAAN_JULI, LAAN_AUG, LAAN_SEPT, LAAN_OKT, LAAN_NOV, LAAN_DES };

	private static final List<ElevenFField> CONDITIONS = List.of(VILKARARBEID, VILKARKURS, VILKARUTD, VILKARJOBBLOG,
			VILKARJOBBTILB, VILKARSAMT, VILKAROKRETT, VILKARLIVSH, VILKARHELSE, VILKARANNET, VILKARDIGPLAN,
			VILKARNORSKSAMISKOPPL);

	private final FieldType type;

	private final List<String> codes;

	ElevenFField(FieldType type, String... codes) {
		this.type = type;
		this.codes = List.of(codes);
	}

	/** The name of a code as SSB's file description gives it ("07" of TRYGDESIT is "Alderspensjon"), or "Ukjent". */
	public String label(String code) {
		return ElevenFCodeLabels.of(this, code);
	}

	public FieldType type() {
		return this.type;
	}

	/** The allowed codes, or an empty list when the field has no code list. */
	public List<String> codes() {
		return this.codes;
	}

	/** STMND_n for month 1..12. */
	public static ElevenFField supportMonth(int month) {
		return MONTHS[month - 1];
	}

	/** BIDRAG_xxx for month 1..12. */
	public static ElevenFField bidragMonth(int month) {
		return BIDRAG_MONTHS[month - 1];
	}

	/** LAAN_xxx for month 1..12. */
	public static ElevenFField laanMonth(int month) {
		return LAAN_MONTHS[month - 1];
	}

	/** The twelve VILKAR* fields, each with its single allowed code. */
	public static List<ElevenFField> conditions() {
		return CONDITIONS;
	}

}
