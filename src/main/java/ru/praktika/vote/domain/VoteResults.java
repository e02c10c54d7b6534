package ru.praktika.vote.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import ru.praktika.shared.Actor;
import ru.praktika.shared.OfficeDocument;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;
import ru.praktika.vote.VoteTypes;
import ru.praktika.vote.VoteView;

/**
 * What a vote's page and protocol show: the turnout (while open, nothing more), and when closed the figures of the
 * options, the turnout by federal district, the named ballots of a named vote, and the protocol in DOCX and PDF.
 */
@Service
public class VoteResults {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Votes votes;
    private final VoteQueries queries;
    private final TerritoryApi territory;

    VoteResults(Votes votes, VoteQueries queries, TerritoryApi territory) {
        this.votes = votes;
        this.queries = queries;
        this.territory = territory;
    }

    /**
     * @param district the federal district
     * @param electorate its councils that may vote
     * @param voted those whose ballot is counted
     */
    public record DistrictTurnout(String district, int electorate, int voted) {

        public String percent() {
            return electorate == 0 ? "—" : RussianNumbers.percent((double) voted / electorate);
        }
    }

    /**
     * @param vote the vote
     * @param members the electorate and, in a named vote, who voted (a secret vote shows district totals only)
     * @param districts the turnout by federal district
     * @param named the named ballots (a closed named vote only)
     */
    public record Result(
            VoteView vote,
            List<VoteQueries.Member> members,
            List<DistrictTurnout> districts,
            List<VoteQueries.NamedBallot> named) {}

    public Result result(Actor actor, long id) {
        VoteView v = votes.vote(actor, id);
        List<VoteQueries.Member> members = queries.electorate(id);
        Map<String, String> districtOf = new LinkedHashMap<>();
        territory.regions().forEach(r -> districtOf.put(r.code(), r.federalDistrict()));
        Map<String, int[]> byDistrict = new LinkedHashMap<>();
        territory.regions().stream()
                .map(RegionView::federalDistrict)
                .distinct()
                .forEach(d -> byDistrict.put(d, new int[2]));
        for (VoteQueries.Member m : members) {
            String d = districtOf.getOrDefault(m.regionCode(), "—");
            int[] counts = byDistrict.computeIfAbsent(d, k -> new int[2]);
            counts[0]++;
            if (m.voted()) {
                counts[1]++;
            }
        }
        List<DistrictTurnout> districts = new ArrayList<>();
        byDistrict.forEach((d, c) -> {
            if (c[0] > 0) {
                districts.add(new DistrictTurnout(d, c[0], c[1]));
            }
        });
        List<VoteQueries.NamedBallot> named = v.closed() && !v.secret() ? queries.namedBallots(id) : List.of();
        // who voted in a secret vote is told to each council about itself and as district totals, never listed
        List<VoteQueries.Member> shown = v.secret()
                ? members.stream()
                        .map(m -> new VoteQueries.Member(m.organizationId(), m.regionCode(), m.name(), false, false))
                        .toList()
                : members;
        return new Result(v, shown, districts, named);
    }

    /** The protocol of a closed vote. */
    public OfficeDocument protocol(Actor actor, long id) {
        Result r = result(actor, id);
        VoteView v = r.vote();
        if (!v.closed()) {
            throw new ru.praktika.shared.ConflictException("Протокол появится, когда голосование закончится");
        }
        OfficeDocument doc = new OfficeDocument()
                .title("ПРОТОКОЛ ГОЛОСОВАНИЯ № " + v.id())
                .title("членов Всероссийской ассоциации развития местного самоуправления")
                .text("Вопрос:", v.question());
        if (v.description() != null) {
            doc.text(v.description());
        }
        doc.text(
                        "Порядок:",
                        kind(v) + "; " + (v.secret() ? "тайное голосование" : "открытое (поимённое) голосование")
                                + "; кворум — " + quorum(v.quorum()) + "; " + majority(v))
                .text(
                        "Сроки:",
                        "с "
                                + (v.opensAt() == null
                                        ? "—"
                                        : v.opensAt()
                                                .atZoneSameInstant(Votes.MOSCOW)
                                                .format(WHEN))
                                + " по "
                                + v.closedAt().atZoneSameInstant(Votes.MOSCOW).format(WHEN)
                                + " (время московское)")
                .text(
                        "Участие:",
                        "правом голоса обладали "
                                + RussianNumbers.count(v.electorateSize(), "совет", "совета", "советов")
                                + " муниципальных образований, бюллетени учтены от "
                                + RussianNumbers.count(v.ballotsCast(), "совета", "советов", "советов")
                                + "; кворум " + (Boolean.TRUE.equals(v.quorumReached()) ? "есть" : "не набран"));
        doc.heading("ИТОГИ ГОЛОСОВАНИЯ:");
        boolean ranking = v.kind() == VoteTypes.Kind.RANKING;
        List<List<String>> rows = new ArrayList<>();
        for (VoteView.Option o : v.options()) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(o.position()));
            row.add(o.label());
            row.add(RussianNumbers.format(o.votes() == null ? 0 : o.votes()));
            if (ranking) {
                row.add(RussianNumbers.format(o.points() == null ? 0 : o.points()));
            }
            row.add(Boolean.TRUE.equals(o.passed()) ? "принят" : "—");
            rows.add(row);
        }
        doc.table(
                ranking
                        ? List.of("№", "Вариант", "Первых мест", "Баллов (Борда)", "Итог")
                        : List.of("№", "Вариант", "Голосов", "Итог"),
                ranking ? new float[] {1, 9, 3, 3, 2} : new float[] {1, 11, 3, 2},
                rows);
        doc.heading("Явка по федеральным округам:");
        doc.table(
                List.of("Федеральный округ", "Советов", "Проголосовали", "Явка"),
                new float[] {7, 3, 3, 3},
                r.districts().stream()
                        .map(d -> List.of(
                                d.district(),
                                RussianNumbers.format(d.electorate()),
                                RussianNumbers.format(d.voted()),
                                d.percent()))
                        .toList());
        if (!r.named().isEmpty()) {
            doc.heading("Поимённые результаты:");
            doc.table(
                    List.of("Совет", "Выбор", "По доверенности"),
                    new float[] {8, 6, 4},
                    r.named().stream()
                            .map(n -> List.of(
                                    n.council(),
                                    String.join(", ", n.choices()),
                                    n.byProxy() == null ? "—" : n.byProxy()))
                            .toList());
        }
        doc.text("РЕШИЛИ:", v.outcome());
        return doc;
    }

    static String kind(VoteView v) {
        return switch (v.kind()) {
            case SINGLE -> "выбор одного варианта";
            case MULTIPLE ->
                "выбор не более " + RussianNumbers.count(v.maxChoices(), "варианта", "вариантов", "вариантов");
            case RANKING -> "ранжирование вариантов (подсчёт по Борда)";
        };
    }

    static String quorum(VoteTypes.Quorum q) {
        return switch (q) {
            case NONE -> "не требуется";
            case MORE_THAN_HALF -> "более половины членов";
            case TWO_THIRDS -> "не менее двух третей членов";
        };
    }

    static String majority(VoteView v) {
        return switch (v.majority()) {
            case RELATIVE ->
                "побеждает набравший больше " + (v.kind() == VoteTypes.Kind.RANKING ? "баллов" : "голосов");
            case SIMPLE -> "принимается большинством более половины голосов проголосовавших";
            case ABSOLUTE -> "принимается большинством более половины голосов от числа членов";
            case QUALIFIED -> "принимается большинством не менее двух третей голосов проголосовавших";
        };
    }
}
