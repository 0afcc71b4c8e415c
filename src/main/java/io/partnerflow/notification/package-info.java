/**
 * Mail: {@link io.partnerflow.notification.NotificationService} (Thymeleaf templates and Spring Mail)
 * and {@link io.partnerflow.notification.SendNotificationDelegate}, the sent mails' records.
 */
@ApplicationModule(displayName = "Notification")
package io.partnerflow.notification;

import org.springframework.modulith.ApplicationModule;
