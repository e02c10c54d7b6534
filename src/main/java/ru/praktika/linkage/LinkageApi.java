package ru.praktika.linkage;

import java.util.List;
import org.springframework.stereotype.Service;
import ru.praktika.shared.Actor;

/** What other modules may ask of linkage. */
@Service
public class LinkageApi {

    private final ru.praktika.linkage.domain.LinkageService linkage;

    LinkageApi(ru.praktika.linkage.domain.LinkageService linkage) {
        this.linkage = linkage;
    }

    /** The findings about a practice, read on the platform's behalf. */
    public List<Finding> findingsOf(long practiceId) {
        try {
            return linkage.findings(Actor.SYSTEM, practiceId);
        } catch (ru.praktika.shared.NotFoundException e) {
            return List.of();
        }
    }
}
