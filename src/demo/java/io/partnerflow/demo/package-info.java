/**
 * Demo users and the SMTP catcher (profile {@code demo}).
 */
@ApplicationModule(displayName = "Demo")
package io.partnerflow.demo;

import org.springframework.modulith.ApplicationModule;
