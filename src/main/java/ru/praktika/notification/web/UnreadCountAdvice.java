package ru.praktika.notification.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import ru.praktika.notification.domain.Notifications;
import ru.praktika.shared.Actor;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.web.PageModel;

/** Every page knows how many unread notifications its reader has (shown in the header). */
@Component
class UnreadCountAdvice extends PageModel {

    private final Notifications notifications;

    UnreadCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    protected void add(ModelMap model) {
        if (model.containsAttribute("unreadNotifications")) {
            return;
        }
        Actor actor = CurrentActor.get();
        model.addAttribute(
                "unreadNotifications",
                actor.isAuthenticated() && !actor.roles().isEmpty() ? notifications.unread(actor) : 0L);
    }
}
