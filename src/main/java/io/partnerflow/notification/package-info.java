/**
 * Mail: {@link io.partnerflow.notification.NotificationService} (Thymeleaf templates and Spring Mail)
 * and {@link io.partnerflow.notification.SendNotificationDelegate}, the sent mails' records, and
 * {@link io.partnerflow.notification.MailStepCheck}, which refuses to deploy a model whose mail steps
 * do not fit their templates.
 */
@ApplicationModule(displayName = "Notification")
package io.partnerflow.notification;

import org.springframework.modulith.ApplicationModule;
