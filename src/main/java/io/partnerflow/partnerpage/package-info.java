/**
 * The partner pages for the staff ({@code /partners}, {@code /partners/{reference}}, {@code /partners.csv}):
 * they only read; and each member of staff's account page ({@code /account}: their language).
 */
@ApplicationModule(displayName = "Partner pages")
package io.partnerflow.partnerpage;

import org.springframework.modulith.ApplicationModule;
