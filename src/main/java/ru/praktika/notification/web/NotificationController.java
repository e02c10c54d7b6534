package ru.praktika.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import ru.praktika.notification.domain.Notifications;
import ru.praktika.shared.CurrentActor;

@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        model.addAttribute("notifications", notifications.inbox(CurrentActor.get(), 100));
        return "notification/inbox";
    }

    @PostMapping("/notifications/read")
    String read() {
        notifications.markAllRead(CurrentActor.get());
        return "redirect:/notifications";
    }
}
