/**
 * The lifecycle simulator ({@code partnerflow.simulation.*}): simulated partners through the real
 * models. In the demo part ({@code src/demo}), which the packaged jar leaves out.
 */
@ApplicationModule(displayName = "Lifecycle simulator")
package io.partnerflow.simulation;

import org.springframework.modulith.ApplicationModule;
