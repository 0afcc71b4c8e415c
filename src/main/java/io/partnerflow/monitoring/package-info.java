/**
 * What an operator watches at {@code /actuator/prometheus} (README, "Monitoring"): the engine's own
 * meters ({@link io.partnerflow.monitoring.EngineMeters}) and the open tasks and incidents of each
 * process ({@link io.partnerflow.monitoring.OpenWork}). The mails' counters live with the mails
 * (notification), the Tasklist filters' timer with the filters (system); who may read the endpoint
 * is system's security.
 */
@ApplicationModule(displayName = "Monitoring")
package io.partnerflow.monitoring;

import org.springframework.modulith.ApplicationModule;
