package ru.praktika.practice;

import java.util.List;
import org.springframework.stereotype.Service;
import ru.praktika.practice.domain.PracticePermissions;
import ru.praktika.shared.Actor;

/** What other modules may ask of practices. */
@Service
public class PracticeApi {

    private final PracticePermissions permissions;
    private final ru.praktika.practice.domain.PracticeQueries queries;
    private final ru.praktika.practice.domain.Campaigns campaigns;

    private final org.springframework.beans.factory.ObjectProvider<ru.praktika.practice.domain.PracticeService> service;

    PracticeApi(
            org.springframework.beans.factory.ObjectProvider<ru.praktika.practice.domain.PracticeService> service,
            PracticePermissions permissions,
            ru.praktika.practice.domain.PracticeQueries queries,
            ru.praktika.practice.domain.Campaigns campaigns) {
        this.service = service;
        this.permissions = permissions;
        this.queries = queries;
        this.campaigns = campaigns;
    }

    /**
     * Writes a card on an actor's behalf with every check of the site's form (for another module's demo data).
     *
     * @param demo marks the card as demo data
     */
    public PracticeCard create(Actor actor, PracticeDraft draft, boolean demo) {
        ru.praktika.practice.domain.PracticeService service = this.service.getObject();
        return demo ? service.createDemo(actor, draft) : service.create(actor, draft);
    }

    /** A card as stored, for modules that evaluate cards on the platform's behalf (no permission check). */
    public java.util.Optional<PracticeCard> card(long id) {
        return queries.card(id);
    }

    /**
     * A published card as the public sees it (the contact person only with the author's consent) with the files that
     * went through review; empty when there is no such card or it is not published.
     */
    public java.util.Optional<PublishedCard> published(long id) {
        return queries.published(id);
    }

    /** The ids of every published card, for the public library's catch-up. */
    public List<Long> publishedIds() {
        return queries.publishedIds();
    }

    /** What {@link PracticeSaved} would say of each card, read in batches, in the order given. */
    public List<PracticeSaved> described(java.util.Collection<Long> ids) {
        return queries.cards(ids).stream()
                .map(ru.praktika.practice.domain.PracticeService::saved)
                .toList();
    }

    /** Whole cards by id, read in batches, in the order given (missing ids are left out). */
    public List<PracticeCard> cards(java.util.Collection<Long> ids) {
        return queries.cards(ids);
    }

    /**
     * The accepted and published practices of a year in a stable order (region, id), for reports; no permission check:
     * the report module checks who may ask.
     *
     * @param regions only these regions, or all when empty
     * @param nationalProject only those linked to this national project, or all when null
     */
    @org.springframework.transaction.annotation.Transactional(
            readOnly = true,
            isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public List<PracticeCard> accepted(int year, java.util.Collection<String> regions, String nationalProject) {
        return queries.accepted(year, regions, nationalProject);
    }

    /** How many practices {@link #accepted} would return. */
    public long countAccepted(int year, java.util.Collection<String> regions, String nationalProject) {
        return queries.countAccepted(year, regions, nationalProject);
    }

    /** All campaigns, newest first. */
    public List<CampaignView> campaigns() {
        return campaigns.campaigns();
    }

    /** The campaign of a year, if opened. */
    public java.util.Optional<CampaignView> campaign(int year) {
        return campaigns.campaign(year);
    }

    /** National project code → [practices, regions] among a year's practices. */
    public java.util.Map<String, long[]> nationalProjectCounts(int year) {
        return queries.nationalProjectCounts(year);
    }

    /** The status board of a campaign (89 regions). */
    public List<RegionBoardRow> board(int year) {
        return campaigns.board(year);
    }

    /** Whether the actor may read a card of this region, these municipalities and this state. */
    public boolean canRead(Actor actor, String regionCode, List<String> municipalities, PracticeStatus status) {
        return permissions.canRead(actor, regionCode, municipalities, status);
    }

    /** Whether the actor sees the card's review data, not only its published content. */
    public boolean canSeeReview(Actor actor, String regionCode, List<String> municipalities) {
        return permissions.canSeeReview(actor, regionCode, municipalities);
    }
}
