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

    PracticeApi(
            PracticePermissions permissions,
            ru.praktika.practice.domain.PracticeQueries queries,
            ru.praktika.practice.domain.Campaigns campaigns) {
        this.permissions = permissions;
        this.queries = queries;
        this.campaigns = campaigns;
    }

    /** A card as stored, for modules that evaluate cards on the platform's behalf (no permission check). */
    public java.util.Optional<PracticeCard> card(long id) {
        return queries.card(id);
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
}
