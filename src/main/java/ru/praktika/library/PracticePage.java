package ru.praktika.library;

import java.util.List;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeHistory;

/**
 * A practice as the library shows it.
 *
 * @param card the published card (the contact person only with the author's consent)
 * @param regionName its region
 * @param district its federal district
 * @param attachments the files that went through review
 * @param award its competition award, or null
 * @param adoptions the municipalities that adopted it, newest first
 * @param similar similar published practices, most alike first
 */
public record PracticePage(
        PracticeCard card,
        String regionName,
        String district,
        List<PracticeHistory.AttachmentView> attachments,
        String award,
        List<AdoptionView> adoptions,
        List<SimilarHit> similar) {

    /**
     * A similar practice.
     *
     * @param id the practice
     * @param title its title
     * @param regionName its region
     * @param year its campaign year
     */
    public record SimilarHit(long id, String title, String regionName, int year) {}
}
