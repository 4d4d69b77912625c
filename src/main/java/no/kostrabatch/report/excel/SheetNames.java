package no.kostrabatch.report.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Label;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.util.WorkbookUtil;

/** Short, unique sheet names (at most 31 characters) for the tables, in the report language. */
final class SheetNames {

	private static final int MAX = 31;

	private static final Map<String, Label> SHORT = Map.ofEntries(Map.entry("key_figures", new Label("Nøkkeltall", "Key figures")),
			Map.entry("recipients_by_age", new Label("Alder", "Age")),
			Map.entry("recipients_by_age_ssb", new Label("Alder (SSB)", "Age (SSB)")),
			Map.entry("recipients_by_gender", new Label("Kjønn", "Gender")),
			Map.entry("recipients_by_civil_status", new Label("Sivilstand", "Civil status")),
			Map.entry("recipients_by_citizenship", new Label("Statsborgerskap", "Citizenship")),
			Map.entry("recipients_by_citizenship_group", new Label("Landgruppe", "Citizenship group")),
			Map.entry("recipients_by_children", new Label("Forsørgerstatus", "Children supported")),
			Map.entry("recipients_by_income_source", new Label("Hovedinntekt", "Main income")),
			Map.entry("recipients_by_benefit_type", new Label("Trygd", "Benefits")),
			Map.entry("recipients_by_benefit_type_trygd", new Label("Trygd som hovedinntekt", "Benefits as main income")),
			Map.entry("recipients_by_work_situation", new Label("Arbeidssituasjon", "Work situation")),
			Map.entry("recipients_by_housing", new Label("Bolig", "Housing")),
			Map.entry("recipients_by_months", new Label("Stønadsmåneder", "Months with support")),
			Map.entry("recipients_by_duration_band", new Label("Stønadstid", "Duration")),
			Map.entry("recipients_by_long_term", new Label("Langtidsmottakere", "Long-term")),
			Map.entry("recipients_by_district", new Label("Bydel", "District")),
			Map.entry("recipients_by_amount_band", new Label("Utbetalt stønad", "Amount paid")),
			Map.entry("months_by_family_phase", new Label("Måneder × familiefase", "Months × family phase")),
			Map.entry("income_source_by_family_phase", new Label("Hovedinntekt × familiefase", "Income × family phase")),
			Map.entry("work_situation_by_family_phase", new Label("Arbeid × familiefase", "Work × family phase")),
			Map.entry("benefit_type_by_family_phase", new Label("Trygd × familiefase", "Benefits × family phase")),
			Map.entry("nok_per_month_by_family_phase", new Label("Kr per måned × familiefase", "NOK a month × family phase")),
			Map.entry("income_source_by_age", new Label("Hovedinntekt × alder", "Income × age")));

	private final Set<String> taken = new HashSet<>();

	/** A table's short name, or its title without "Mottakere etter"/"Recipients by", cut to fit. */
	String of(TableDefinition table, Lang lang) {
		Label known = SHORT.get(table.id());
		if (known != null) {
			return unique(known.in(lang));
		}
		String title = table.title().in(lang).replaceFirst("^(Mottakere etter|Recipients by) ", "");
		return unique(Character.toUpperCase(title.charAt(0)) + title.substring(1));
	}

	/** A free name made safe and unique. */
	String unique(String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted.replace("'", ""));
		String name = cut(base, MAX);
		for (int i = 2; this.taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " " + i;
			name = cut(base, MAX - suffix.length()) + suffix;
		}
		this.taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static String cut(String text, int max) {
		return text.substring(0, Math.min(max, text.length())).trim();
	}

}
