/**
 * Running partners move to the current versions of the models: an administrator's
 * {@code POST /api/migrations/{processKey}}, a dry run first, with each model's
 * {@link io.partnerflow.system.ModelMigration} (next to the model) and Camunda's migration plans.
 */
@ApplicationModule(displayName = "Migration", allowedDependencies = "system")
package io.partnerflow.migration;

import org.springframework.modulith.ApplicationModule;
