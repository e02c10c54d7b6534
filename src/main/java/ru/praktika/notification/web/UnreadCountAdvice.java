package ru.praktika.notification.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.praktika.notification.domain.Notifications;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;

/** Every page knows how many unread notifications its reader has (shown in the header). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadCountAdvice {

    private final Notifications notifications;

    UnreadCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    long unread() {
        Actor actor = CurrentActor.get();
        return actor.isAuthenticated() && !actor.roles().isEmpty() ? notifications.unread(actor) : 0;
    }
}
