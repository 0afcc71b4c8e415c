/**
 * The partner: its record, statuses and timeline. {@link io.partnerflow.partner.PartnerService} is the
 * only writer of partner state; every feature reads and changes partners through it. Depends on the
 * shared kernel ({@code system}) only.
 */
@ApplicationModule(displayName = "Partner", allowedDependencies = "system")
package io.partnerflow.partner;

import org.springframework.modulith.ApplicationModule;
