/**
 * The partner pages for the staff ({@code /partners}, {@code /partners/{reference}}, {@code /partners.csv}):
 * they only read.
 */
@ApplicationModule(displayName = "Partner pages")
package io.partnerflow.partnerpage;

import org.springframework.modulith.ApplicationModule;
