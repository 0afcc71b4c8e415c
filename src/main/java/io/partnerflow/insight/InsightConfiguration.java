package io.partnerflow.insight;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code partnerflow.kpis.cost.*}. */
@Configuration
@EnableConfigurationProperties(RecruitmentCosts.class)
class InsightConfiguration {

}
