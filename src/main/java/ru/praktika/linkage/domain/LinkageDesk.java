package ru.praktika.linkage.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.shared.Actor;
import ru.praktika.shared.DeskPanel;
import ru.praktika.shared.Role;

/** For experts and the secretariat: findings (unsupported links, near duplicates) nobody has checked yet. */
@Component
class LinkageDesk implements DeskPanel.Source {

    private final JdbcClient jdbc;

    LinkageDesk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeskPanel> panels(Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.EXPERT)) {
            return List.of();
        }
        List<DeskPanel.Item> items = jdbc.sql("""
                        select f.practice_id, d.title, f.message from linkage.findings f
                        join linkage.documents d on d.practice_id = f.practice_id
                        where f.reviewed_at is null and d.status in ('FORWARDED', 'ACCEPTED', 'SUBMITTED')
                        order by f.id limit 8
                        """)
                .query((rs, i) ->
                        new DeskPanel.Item(rs.getString(2), "/practices/" + rs.getLong(1), rs.getString(3), false))
                .list();
        return List.of(new DeskPanel(
                9, "Находки проверки без решения", null, items, "Непроверенных находок нет.", null, null));
    }
}
