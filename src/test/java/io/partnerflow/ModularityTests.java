package io.partnerflow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The feature modules (the packages below {@code io.partnerflow}) use each other only through their
 * public types, without cycles and within the dependencies their {@code package-info.java} allows;
 * {@code docs/modules/} shows them (written by this test: commit it with the change that moved them).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PartnerFlowApplication.class);

	/** Where the modules' diagrams and canvases go (committed, so the README can link them). */
	static final Path DOCS = Path.of("docs", "modules");

	/** What every feature may use of {@code system}, as its {@code package-info.java} says. */
	static final String[] SHARED_KERNEL = { "BadRequestException", "ConflictException", "Contact", "CsvCells", "CsvUpload",
			"CurrentUser", "InvalidCell", "Row", "Rows",
			"EngineClock", "FormDates", "FormOptions", "FormRefusedException", "FormRule", "Groups", "ModelMigration", "NotFoundException",
			"Option", "OwnCommand", "PasswordChecks", "PayloadTooLargeException", "PersonalData", "ProblemException", "ProblemResponses", "ProcessKeys",
			"RetentionRule", "SpreadsheetCsv", "StaffLanguages", "SubmittedForm" };

	@Test
	void modulesUseOnlyEachOthersApiWithoutCycles() {
		modules.verify();
	}

	@Test
	void systemExposesTheSharedKernelOnly() {
		ApplicationModule system = modules.getModuleByName("system").orElseThrow();
		assertThat(system.getNamedInterfaces()
			.getUnnamedInterface()
			.asJavaClasses()
			.filter(ModularityTests::usableFromOtherPackages)
			.map(JavaClass::getSimpleName))
			.as("system's public types: make a new one package-private, or add it to the shared kernel here and in "
					+ "system/package-info.java when every feature may use it")
			.containsExactlyInAnyOrder(SHARED_KERNEL);
	}

	/** Public, and not nested in a type other packages cannot see (the engine REST API's mappers). */
	private static boolean usableFromOtherPackages(JavaClass type) {
		return type.getModifiers().contains(JavaModifier.PUBLIC)
				&& type.getEnclosingClass().map(ModularityTests::usableFromOtherPackages).orElse(true);
	}

	/** The same verification fails for a module that reaches into another's internals (a sample under test). */
	@Test
	void reachingIntoAnotherModulesInternalsFails() {
		ApplicationModules sample = ApplicationModules.of("io.partnerflow.modularity.sample", location -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(sample::verify)
			.withMessageContaining("Module 'till' depends on non-exposed type")
			.withMessageContaining("shop.internal.Stock within module 'shop'");
	}

	@Test
	void writesTheModulesDocumentation() throws IOException {
		new Documenter(modules, DOCS.toString()).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				sortRelationships(diagram);
			}
		}
		drawComponents();
		assertThat(DOCS.resolve("components.svg")).content().contains("<svg", "Deals", "Onboarding");
	}

	/** The modules' picture in the README: {@code components.puml} as SVG, laid out by PlantUML itself (no Graphviz). */
	private static void drawComponents() throws IOException {
		String source = Files.readString(DOCS.resolve("components.puml"))
			.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
		try (OutputStream svg = Files.newOutputStream(DOCS.resolve("components.svg"))) {
			new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
		}
	}

	/** The diagrams list the relationships in no fixed order: sorted, a file changes only when the modules do. */
	private static void sortRelationships(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		Iterator<String> sorted = lines.stream().filter(ModularityTests::relationship).sorted().iterator();
		Files.write(diagram, lines.stream().map(line -> relationship(line) ? sorted.next() : line).toList());
	}

	private static boolean relationship(String line) {
		return line.startsWith("Rel(");
	}

}
