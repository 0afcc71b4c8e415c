/**
 * Security (the engine write guard, the login throttle), problem details and engine REST errors,
 * groups, rights and Tasklist filters. Its public types are the shared kernel every feature may use,
 * and nothing else: the groups ({@link io.partnerflow.system.Groups}), the refusals the API and the
 * engine answer ({@link io.partnerflow.system.ProblemException} and its kinds,
 * {@link io.partnerflow.system.BadRequestException}, {@link io.partnerflow.system.PayloadTooLargeException},
 * and written by a filter chain of a feature's own, {@link io.partnerflow.system.ProblemResponses})
 * what a submitted form may say ({@link io.partnerflow.system.FormDates}, {@link io.partnerflow.system.FormRefusedException},
 * the business rules a form cannot declare, {@link io.partnerflow.system.FormRule} on a
 * {@link io.partnerflow.system.SubmittedForm}; a select's options from reference data,
 * {@link io.partnerflow.system.FormOptions} and its {@code Option}), the application's clock
 * ({@link io.partnerflow.system.EngineClock}), the login throttle for a door of a feature's own
 * ({@link io.partnerflow.system.PasswordChecks}), engine work in a command of its own
 * ({@link io.partnerflow.system.OwnCommand}), who acts on the engine
 * ({@link io.partnerflow.system.CurrentUser}), the models' keys ({@link io.partnerflow.system.ProcessKeys}),
 * how long a feature's table keeps what it holds ({@link io.partnerflow.system.RetentionRule}), what it holds
 * about a partner's contact, to export and erase ({@link io.partnerflow.system.PersonalData} and its {@code Contact}),
 * how a model's running instances move to its current version ({@link io.partnerflow.system.ModelMigration}),
 * the CSV files handed out, formulas neutralised ({@link io.partnerflow.system.SpreadsheetCsv}), the CSV files
 * people send, read whole before anything is imported ({@link io.partnerflow.system.CsvUpload}, its cells as
 * Excel writes them: {@link io.partnerflow.system.CsvCells}), and the
 * language PartnerFlow speaks to each member of staff ({@link io.partnerflow.system.StaffLanguages}).
 * It depends on no feature: a feature's exception carries its own problem.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package io.partnerflow.system;

import org.springframework.modulith.ApplicationModule;
