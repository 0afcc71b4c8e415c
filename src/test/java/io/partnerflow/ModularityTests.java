package io.partnerflow;

import java.io.File;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
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

	/** What every feature may use of {@code system}, as its {@code package-info.java} says. */
	static final String[] SHARED_KERNEL = { "BadRequestException", "ConflictException", "FormDates", "FormInput",
			"FormRefusedException", "Groups", "NotFoundException", "PayloadTooLargeException", "ProblemException" };

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
	void writesTheModulesDocumentation() {
		new Documenter(modules, "docs/modules").writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		assertThat(new File("docs/modules/components.puml")).exists();
	}

}
