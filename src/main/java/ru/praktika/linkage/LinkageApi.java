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

    /**
     * The findings about a practice as this actor may see them: without near duplicates of cards the actor may not
     * read. Empty when the practice is gone or the actor may not read it.
     */
    public List<Finding> findingsOf(Actor actor, long practiceId) {
        try {
            return linkage.findings(actor, practiceId);
        } catch (ru.praktika.shared.NotFoundException | ru.praktika.shared.AccessDeniedException e) {
            return List.of();
        }
    }

    /** The findings about a practice, read on the platform's behalf. */
    public List<Finding> findingsOf(long practiceId) {
        try {
            return linkage.findings(Actor.SYSTEM, practiceId);
        } catch (ru.praktika.shared.NotFoundException e) {
            return List.of();
        }
    }

    /** The findings about many practices, read on the platform's behalf: practice id → its findings. */
    public java.util.Map<Long, List<Finding>> findingsOf(java.util.Collection<Long> practiceIds) {
        return linkage.findings(practiceIds);
    }

    /** Published practices alike in words, most alike first, as the public may see them. */
    public List<SimilarPractice> similar(long practiceId, int limit) {
        try {
            return linkage.similar(Actor.ANONYMOUS, practiceId, limit);
        } catch (ru.praktika.shared.NotFoundException | ru.praktika.shared.AccessDeniedException e) {
            return List.of();
        }
    }
}
