package ru.praktika.practice;

import java.util.List;
import org.springframework.stereotype.Service;
import ru.praktika.practice.domain.PracticePermissions;
import ru.praktika.shared.Actor;

/** What other modules may ask of practices. */
@Service
public class PracticeApi {

    private final PracticePermissions permissions;

    PracticeApi(PracticePermissions permissions) {
        this.permissions = permissions;
    }

    /** Whether the actor may read a card of this region, these municipalities and this state. */
    public boolean canRead(Actor actor, String regionCode, List<String> municipalities, PracticeStatus status) {
        return permissions.canRead(actor, regionCode, municipalities, status);
    }
}
