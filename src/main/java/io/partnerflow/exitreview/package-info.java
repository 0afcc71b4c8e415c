/**
 * The 6- and 9-month reviews of a partner without a deal ({@code exit-review}).
 */
@ApplicationModule(displayName = "Exit review")
package io.partnerflow.exitreview;

import org.springframework.modulith.ApplicationModule;
