package io.partnerflow.committee;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code partnerflow.committee.*}. */
@Configuration
@EnableConfigurationProperties(CommitteeSettings.class)
class CommitteeConfiguration {

}
