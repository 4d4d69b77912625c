package no.kostrabatch.input;

import java.util.EnumSet;
import java.util.Set;

/** The columns of the monthly CSV extract (PRODUCT.md), with the ones every extract must have. */
public enum CsvColumn {

	KOMMUNE_NR, PERIODE, PERSON_FODSELSNR, PERSON_DUF, PERSON_JOURNALNR, KJONN, EKTSTAT, BU18, ANTBU18, VKLO, TRYGDESIT,
	ARBSIT, BIDRAG, LAAN, BYDELSNR, FODSELSDATO, STATSBORGERSKAP, BOSIT, GITT_OKONOMIRAD, FAAT_INDIVIDUELL_PLAN,
	SAKSBEHANDLER, VILKARSOSLOV, VILKARSAMEKT, VILKAR, UTBETDATO, UTBETTOMDATO;

	/** Required besides at least one person identifier. */
	public static final Set<CsvColumn> REQUIRED = EnumSet.of(KOMMUNE_NR, PERIODE, KJONN, EKTSTAT, ANTBU18, VKLO,
			TRYGDESIT, ARBSIT, BIDRAG, LAAN);

	/** At least one of these identifies the person. */
	public static final Set<CsvColumn> IDENTIFIERS = EnumSet.of(PERSON_FODSELSNR, PERSON_DUF, PERSON_JOURNALNR);

}
