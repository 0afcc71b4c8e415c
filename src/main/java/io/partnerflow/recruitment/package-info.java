/**
 * The funnel, steps 4 to 9 of the method: the candidates API, the CSV import, application files and
 * the delegates of {@code partner-recruitment}.
 */
@ApplicationModule(displayName = "Recruitment")
package io.partnerflow.recruitment;

import org.springframework.modulith.ApplicationModule;
