package no.kostrabatch.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.module.SimpleModule;
import no.kostrabatch.input.YamlFileException;
import no.kostrabatch.input.YamlFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a catalogue folder ({@code dimensions.yaml}, {@code measures.yaml}, {@code tables/*.yaml}) into a {@link TableCatalog}. Jackson refuses unknown keys and wrong types;
 * this class then refuses what only the whole catalogue shows (a name no file declares, a code a
 * dimension lacks), each as one sentence with the file and the line ({@link CatalogException}).
 */
final class CatalogLoader {

	private static final Set<String> STEPS = Set.of("comparison", "group_comparison", "monthly_status");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final StatisticsSettings settings;

	private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

	private final Map<String, Measure> measures = new LinkedHashMap<>();

	private final List<TableDefinition> tables = new ArrayList<>();

	private CatalogLoader(StatisticsSettings settings) {
		this.settings = settings;
	}

	/** A catalogue file's text and the name its sentences give it. */
	record Source(Path name, String text) {

		CatalogException problem(String key, String subKey, String message) {
			int line = Lines.of(this.text, key, subKey);
			return new CatalogException("The catalogue file " + this.name + ((line > 0) ? ", line " + line : "") + ": "
					+ message + ".");
		}

	}

	/** Loads the catalogue of the class-path {@code folders}; a later folder adds to the earlier ones. */
	static TableCatalog load(StatisticsSettings settings, List<String> folders) {
		return new CatalogLoader(settings).read(folders);
	}

	private TableCatalog read(List<String> folders) {
		Map<String, CatalogYaml.MeasureEntry> measureEntries = new LinkedHashMap<>();
		Map<String, Source> measureSources = new LinkedHashMap<>();
		Map<String, CatalogYaml.DimensionEntry> dimensionEntries = new LinkedHashMap<>();
		Map<String, Source> dimensionSources = new LinkedHashMap<>();
		Map<String, Source> tableSources = new LinkedHashMap<>();
		for (String folder : folders) {
			Source measures = source(folder + "/measures.yaml", false);
			if (measures != null) {
				add(measureEntries, measureSources, measures,
						bind(measures, new TypeReference<LinkedHashMap<String, CatalogYaml.MeasureEntry>>() {
						}));
			}
			Source dimensions = source(folder + "/dimensions.yaml", false);
			if (dimensions != null) {
				add(dimensionEntries, dimensionSources, dimensions,
						bind(dimensions, new TypeReference<LinkedHashMap<String, CatalogYaml.DimensionEntry>>() {
						}));
			}
			for (Source table : tableSources(folder)) {
				CatalogYaml.TableEntry entry = bind(table, new TypeReference<CatalogYaml.TableEntry>() {
				});
				try {
					entry.check();
				}
				catch (IllegalArgumentException ex) {
					throw table.problem("id", null,
							"the table " + ((entry.id() != null) ? entry.id() + " " : "") + ex.getMessage());
				}
				String file = table.name().getFileName().toString();
				if (!(entry.id() + ".yaml").equals(file)) {
					throw table.problem("id", null, "the table's id must be " + file.replace(".yaml", "")
							+ ", the name of its file, not " + entry.id());
				}
				if (tableSources.put(entry.id(), table) != null) {
					throw table.problem("id", null, "the table " + entry.id() + " is defined twice");
				}
				this.tables.add(table(entry, table));
			}
		}
		this.tables.sort(Comparator.comparingInt(TableDefinition::order).thenComparing(TableDefinition::id));
		dimensionEntries.forEach((id, entry) -> this.dimensions.put(id,
				new DimensionBuilder(id, entry, dimensionSources.get(id), measureEntries, this.tables).build()));
		FormulaParser parser = new FormulaParser(measureEntries, this.dimensions);
		measureEntries.forEach((id, entry) -> this.measures.put(id, measure(id, entry, measureSources.get(id), parser)));
		new TableChecks(this.dimensions, this.measures, this.tables, tableSources).check();
		TableCatalog catalog = new TableCatalog(this.dimensions, this.measures, this.tables, this.settings, folders);
		catalog.links(LinkDerivation.derive(catalog, List.copyOf(this.dimensions.values())));
		return catalog;
	}

	private static <T> void add(Map<String, T> entries, Map<String, Source> sources, Source source, Map<String, T> read) {
		read.forEach((id, entry) -> {
			try {
				if (entry instanceof CatalogYaml.MeasureEntry measure) {
					measure.check();
				}
				else if (entry instanceof CatalogYaml.DimensionEntry dimension) {
					dimension.check();
				}
			}
			catch (IllegalArgumentException ex) {
				throw source.problem(id, null, id + ": " + ex.getMessage());
			}
			if (entries.put(id, entry) != null) {
				throw source.problem(id, null, id + " is declared already by another catalogue file");
			}
			sources.put(id, source);
		});
	}

	private Measure measure(String id, CatalogYaml.MeasureEntry entry, Source source, FormulaParser parser) {
		Formula formula;
		try {
			formula = parser.formula(id);
		}
		catch (FormulaParser.Problem problem) {
			throw source.problem(problem.measure, problem.key, problem.measure + ": " + problem.getMessage());
		}
		if (entry.computedBy() != null && !STEPS.contains(entry.computedBy())) {
			throw source.problem(id, "computed_by", id + ": computed_by must be one of " + String.join(", ",
					STEPS.stream().sorted().toList()) + ", not '" + entry.computedBy() + "'");
		}
		if (entry.kind() != null && !"count".equals(entry.kind())) {
			throw source.problem(id, "kind", id + ": kind can only be count, not '" + entry.kind() + "'");
		}
		Symbol zero = Symbol.NOT_APPLICABLE;
		if (entry.zero() != null) {
			if (!Set.of(".", "..").contains(entry.zero())) {
				throw source.problem(id, "zero", id + ": zero must be '.' or '..', not '" + entry.zero() + "'");
			}
			zero = Symbol.fromText(entry.zero());
		}
		return new Measure(id, new Label(entry.nb(), entry.en()), new Label(entry.unitNb(), entry.unitEn()),
				entry.decimals(), entry.definition().label(), formula, zero, entry.computedBy(), entry.kind() != null,
				entry.follows());
	}

	private static TableDefinition table(CatalogYaml.TableEntry entry, Source source) {
		TableFilter filter = (entry.filter() != null)
				? new TableFilter(entry.filter().dimension(), Set.copyOf(entry.filter().codes())) : null;
		try {
			return new TableDefinition(entry.id(), entry.title().label(), entry.definition().label(), entry.dimensions(),
					entry.measures(), filter, entry.order(), entry.derivedFrom(), entry.unitFromIndicator());
		}
		catch (IllegalArgumentException ex) {
			throw source.problem("measures", null, ex.getMessage());
		}
	}

	private <T> T bind(Source source, TypeReference<T> type) {
		try {
			return YamlFiles.read(source.text(), source.name(), "catalogue file", type, new SimpleModule());
		}
		catch (YamlFileException ex) {
			throw new CatalogException(ex.getMessage());
		}
	}

	private List<Source> tableSources(String folder) {
		List<Source> sources = new ArrayList<>();
		try {
			for (Resource resource : this.resolver.getResources("classpath*:" + folder + "/tables/*.yaml")) {
				sources.add(new Source(Path.of(folder, "tables", resource.getFilename()), text(resource)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the tables of the statistics catalogue " + folder, ex);
		}
		sources.sort(Comparator.comparing(Source::name));
		return sources;
	}

	private Source source(String path, boolean required) {
		Resource resource = this.resolver.getResource("classpath:" + path);
		if (!resource.exists()) {
			if (required) {
				throw new CatalogException("The catalogue file " + path + " does not exist.");
			}
			return null;
		}
		return new Source(Path.of(path), text(resource));
	}

	private String text(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return this.settings.inTexts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the statistics catalogue file " + resource, ex);
		}
	}

	/** A code map read from a class-path file of {@code code;group;…} lines with a header. */
	static Map<String, String> codeFile(String path) {
		Map<String, String> codes = new LinkedHashMap<>();
		InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			return null;
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter((l) -> !l.isBlank()).forEach((l) -> {
				String[] f = l.split(";");
				codes.put(f[0], f[1]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}

}
