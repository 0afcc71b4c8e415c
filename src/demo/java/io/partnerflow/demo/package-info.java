/**
 * Demo users and the SMTP catcher (profile {@code demo}). In the demo part ({@code src/demo}), which
 * the packaged jar leaves out.
 */
@ApplicationModule(displayName = "Demo")
package io.partnerflow.demo;

import org.springframework.modulith.ApplicationModule;
