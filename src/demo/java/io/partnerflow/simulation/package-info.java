/**
 * The lifecycle simulator ({@code partnerflow.simulation.*}): simulated partners through the real
 * models.
 */
@ApplicationModule(displayName = "Lifecycle simulator")
package io.partnerflow.simulation;

import org.springframework.modulith.ApplicationModule;
