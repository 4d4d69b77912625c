package no.kostrabatch.report.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.kostrabatch.report.Messages;
import no.kostrabatch.report.Months;
import no.kostrabatch.report.FileReportWriter;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.Period;
import no.kostrabatch.statistics.TableDefinition;

/**
 * Writes {@code statistics.json}: a JSON-stat 2.0 collection with one dataset per table. Each
 * dataset has the dimensions region, period, the table's own dimensions and measure, values in
 * row-major order ({@code null} where a cell has a symbol) and the symbols in {@code status}. The
 * catalogue's definitions are JSON-stat notes: the table's on the dataset, each dimension's on the
 * dimension, each measure's on its category of {@code measure}, with its unit and decimals. Roles
 * say which dimension is time ({@code period}), geography ({@code region}) and the metric
 * ({@code measure}). Labels are in the run's language; a monthly period is labelled by what it
 * covers: "January–March 2025" in the tables, "March 2025" in {@code monthly_status}.
 */
public final class JsonStatWriter implements FileReportWriter {

	/** The name a run asks for this report by, and its file. */
	public static final String NAME = "statistics.json";


	private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(ReportData data, Path file) throws IOException {
		ObjectNode root = this.mapper.createObjectNode();
		root.put("version", "2.0");
		root.put("class", "collection");
		Messages messages = new Messages(data.info().lang());
		root.put("label", messages.get("json.json_stat_writer.collection", data.info().period()));
		root.put("updated", data.info().runTime().toString());
		ArrayNode items = root.putObject("link").putArray("item");
		for (TableDefinition table : data.catalog().tables()) {
			List<Cell> cells = data.cells().stream().filter((c) -> c.tableId().equals(table.id())).toList();
			if (!cells.isEmpty()) {
				items.add(dataset(data, table, cells));
			}
		}
		this.mapper.writeValue(file.toFile(), root);
	}

	private ObjectNode dataset(ReportData data, TableDefinition table, List<Cell> cells) {
		Map<String, Set<String>> categories = new LinkedHashMap<>();
		categories.put("region", new LinkedHashSet<>());
		categories.put("period", new LinkedHashSet<>());
		table.dimensions().forEach((d) -> categories.put(d, new LinkedHashSet<>()));
		categories.put("measure", new LinkedHashSet<>());
		for (Cell cell : cells) {
			categories.get("region").add(cell.region());
			categories.get("period").add(cell.period());
			if (table.dim1() != null) {
				categories.get(table.dim1()).add(cell.cat1());
			}
			if (table.dim2() != null) {
				categories.get(table.dim2()).add(cell.cat2());
			}
			categories.get("measure").add(cell.measure());
		}
		List<String> ids = new ArrayList<>(categories.keySet());
		ObjectNode dataset = this.mapper.createObjectNode();
		dataset.put("class", "dataset");
		dataset.put("label", table.title().in(data.info().lang()));
		dataset.putArray("note").add(table.definition().in(data.info().lang()));
		ArrayNode id = dataset.putArray("id");
		ArrayNode size = dataset.putArray("size");
		ObjectNode role = dataset.putObject("role");
		role.putArray("time").add("period");
		role.putArray("geo").add("region");
		role.putArray("metric").add("measure");
		ObjectNode dimensions = dataset.putObject("dimension");
		for (String dim : ids) {
			id.add(dim);
			size.add(categories.get(dim).size());
			ObjectNode dimension = dimensions.putObject(dim).put("label", dimensionLabel(data, dim));
			if (data.catalog().dimensions().containsKey(dim)) {
				dimension.putArray("note").add(data.catalog().dimension(dim).definition().in(data.info().lang()));
			}
			ObjectNode category = dimension.putObject("category");
			ObjectNode index = category.putObject("index");
			ObjectNode labels = category.putObject("label");
			ObjectNode notes = "measure".equals(dim) ? category.putObject("note") : null;
			ObjectNode units = "measure".equals(dim) ? category.putObject("unit") : null;
			int i = 0;
			for (String code : categories.get(dim)) {
				index.put(code, i++);
				labels.put(code, categoryLabel(data, table, dim, code));
				if (notes != null) {
					notes.putArray(code).add(data.catalog().measure(code).definition().in(data.info().lang()));
					unit(units.putObject(code), data, table, code);
				}
			}
		}
		int total = 1;
		for (String dim : ids) {
			total *= categories.get(dim).size();
		}
		ArrayNode values = dataset.putArray("value");
		for (int i = 0; i < total; i++) {
			values.addNull();
		}
		ObjectNode status = dataset.putObject("status");
		for (Cell cell : cells) {
			int position = 0;
			for (String dim : ids) {
				String code = switch (dim) {
					case "region" -> cell.region();
					case "period" -> cell.period();
					case "measure" -> cell.measure();
					default -> dim.equals(table.dim1()) ? cell.cat1() : cell.cat2();
				};
				position = position * categories.get(dim).size() + indexOf(categories.get(dim), code);
			}
			if (cell.hasValue()) {
				values.set(position, this.mapper.getNodeFactory().numberNode(cell.value()));
			}
			else {
				status.put(String.valueOf(position), cell.symbol().text());
			}
		}
		return dataset;
	}

	private static int indexOf(Set<String> codes, String code) {
		int i = 0;
		for (String c : codes) {
			if (c.equals(code)) {
				return i;
			}
			i++;
		}
		throw new IllegalStateException("code " + code);
	}

	/** The measure's unit and decimals; a change of a key figure is in the key figure's own unit. */
	private static void unit(ObjectNode unit, ReportData data, TableDefinition table, String code) {
		Lang lang = data.info().lang();
		Measure measure = data.catalog().measure(code);
		if (table.unitFromIndicator().contains(code)) {
			unit.put("label", new Messages(lang).get(Messages.INDICATOR_UNIT));
			return;
		}
		unit.put("label", measure.unit().in(lang));
		unit.put("decimals", measure.decimals());
	}

	private static String dimensionLabel(ReportData data, String dim) {
		Messages messages = new Messages(data.info().lang());
		return switch (dim) {
			case "region" -> messages.get("json.json_stat_writer.region");
			case "period" -> messages.get("json.json_stat_writer.period");
			case "measure" -> messages.get("json.json_stat_writer.measure");
			default -> data.catalog().dimension(dim).label().in(data.info().lang());
		};
	}

	private static String categoryLabel(ReportData data, TableDefinition table, String dim, String code) {
		Lang lang = data.info().lang();
		return switch (dim) {
			case "region" -> data.regions().name(code, lang);
			case "period" -> (MonthlyStatus.monthByMonth(data.catalog(), table.id()) && Period.parse(code).isMonthly())
					? Months.inText(Months.year(code), Months.month(code), lang) : Months.label(code, lang);
			case "measure" -> data.catalog().measure(code).label().in(data.info().lang());
			default -> {
				Dimension d = data.catalog().dimension(dim);
				yield d.labelOf(code, data.info().lang());
			}
		};
	}

}
