package io.partnerflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.partnerflow.support.AppNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as it ships (after {@code package}) holds the application alone: no class or resource of
 * the demo part ({@code src/demo}: the lifecycle simulator, the SMTP catcher, the demo users) and
 * none of the libraries only the demo part uses. Started with the demo profile, it refuses as
 * production does and says where the demo runs.
 */
class PackagedJarIT {

	/** The demo part as Maven compiled it (pom.xml, {@code demo.classes}). */
	static final Path DEMO_PART = Path.of("target", "demo-classes");

	@Test
	void holdsNothingOfTheDemoPartNorItsLibraries() throws IOException {
		// given the demo part's classes and resources
		List<String> demoPart;
		try (Stream<Path> files = Files.walk(DEMO_PART)) {
			demoPart = files.filter(Files::isRegularFile).map(file -> DEMO_PART.relativize(file).toString().replace('\\', '/')).toList();
		}
		assertThat(demoPart).as("the demo part was compiled into %s", DEMO_PART)
			.contains("io/partnerflow/simulation/LifecycleSimulator.class", "io/partnerflow/demo/MailCatcher.class",
					"application-demo.yaml");

		// when the packaged jar is opened
		Set<String> entries;
		try (JarFile jar = new JarFile(AppNode.jar().toFile())) {
			entries = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
		}

		// then it holds the application and nothing of the demo part
		assertThat(entries).contains("BOOT-INF/classes/io/partnerflow/PartnerFlowApplication.class");
		assertThat(demoPart).as("files of the demo part in %s", AppNode.jar())
			.filteredOn(file -> entries.contains("BOOT-INF/classes/" + file))
			.isEmpty();
		assertThat(entries).as("the demo part's packages")
			.noneMatch(entry -> entry.startsWith("BOOT-INF/classes/io/partnerflow/demo/")
					|| entry.startsWith("BOOT-INF/classes/io/partnerflow/simulation/"));
		assertThat(entries).as("the SMTP catcher's libraries (GreenMail and the JUnit 4 it brings)")
			.noneMatch(entry -> entry.startsWith("BOOT-INF/lib/greenmail-") || entry.startsWith("BOOT-INF/lib/junit-4"));
	}

	@Test
	void startedWithTheDemoProfileItRefusesAsProductionDoesAndSaysWhereTheDemoRuns(@TempDir Path directory)
			throws Exception {
		// when the packaged jar starts with the demo profile
		Path log = directory.resolve("start.log");
		Process start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-jar", AppNode.jar().toAbsolutePath().toString(), "--spring.profiles.active=demo", "--server.port=0",
				"--spring.main.banner-mode=off")
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!start.waitFor(3, TimeUnit.MINUTES)) {
			start.destroyForcibly().waitFor();
		}

		// then it stops, for want of the production settings, and names the command that runs the demo
		String output = Files.readString(log);
		assertThat(start.exitValue()).as(output).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("PARTNERFLOW_DB_URL")
			.contains("./mvnw spring-boot:run")
			.doesNotContain("ClassNotFoundException")
			.doesNotContain("NoClassDefFoundError");
		assertThat(directory.resolve("data")).as("no demo database").doesNotExist();
	}

}
