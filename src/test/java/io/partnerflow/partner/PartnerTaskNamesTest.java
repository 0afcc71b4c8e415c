package io.partnerflow.partner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's name carries its partner, within the engine's 255 characters. */
class PartnerTaskNamesTest {

	@Test
	void aTaskIsNamedForItsCompanyAndReference() {
		assertThat(PartnerTaskNames.named("Approach candidate", "Azur Conseil", "P-2026-00042"))
			.isEqualTo("Approach candidate: Azur Conseil (P-2026-00042)");
	}

	@Test
	void aLongCompanyIsShortenedSoThatTheReferenceStaysOnTheCard() {
		// given a company name longer than the column leaves room for
		String company = "Société Coopérative ".repeat(12);

		// when
		String name = PartnerTaskNames.named("Write to rejected candidate", company, "P-2026-00042");

		// then
		assertThat(name).hasSize(PartnerTaskNames.MAX_NAME)
			.startsWith("Write to rejected candidate: Société Coopérative")
			.endsWith("… (P-2026-00042)");
	}

}
