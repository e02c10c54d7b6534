package ru.praktika.notification.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.praktika.notification.NotificationView;
import ru.praktika.shared.Actor;
import ru.praktika.shared.DeskPanel;

/** The desk's unread notifications. */
@Component
class NotificationDesk implements DeskPanel.Source {

    private final Notifications notifications;

    NotificationDesk(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<DeskPanel> panels(Actor actor) {
        List<DeskPanel.Item> unread = notifications.inbox(actor, 100).stream()
                .filter(n -> !n.read())
                .limit(6)
                .map(NotificationDesk::item)
                .toList();
        return List.of(new DeskPanel(
                20,
                "Непрочитанные уведомления",
                null,
                unread,
                "Новых уведомлений нет.",
                "/notifications",
                "Все уведомления"));
    }

    private static DeskPanel.Item item(NotificationView n) {
        return new DeskPanel.Item(n.subject(), n.link(), null, false);
    }
}
