package ru.praktika.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.praktika.notification.NotificationView;
import ru.praktika.notification.domain.Notifications;
import ru.praktika.shared.CurrentActor;

@RestController
@Tag(name = "Уведомления")
class NotificationRestController {

    private final Notifications notifications;

    NotificationRestController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "Мои уведомления, новые сверху")
    List<NotificationView> inbox() {
        return notifications.inbox(CurrentActor.get(), 100);
    }
}
