package ru.praktika.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.praktika.vote.VoteTypes.Kind;
import ru.praktika.vote.VoteTypes.Majority;
import ru.praktika.vote.VoteTypes.Quorum;

/** Quorum and majority on worked examples: an electorate of 85 councils, as in 2020. */
class TallyTests {

    static final List<Tally.Option> THREE =
            List.of(new Tally.Option(1, "Круг из точек"), new Tally.Option(2, "Щит"), new Tally.Option(3, "Метка"));

    /** n ballots for option o (one choice each). */
    static List<List<Long>> ballots(int... perOption) {
        List<List<Long>> out = new ArrayList<>();
        for (int o = 0; o < perOption.length; o++) {
            for (int i = 0; i < perOption[o]; i++) {
                out.add(List.of((long) o + 1));
            }
        }
        return out;
    }

    @Test
    void quorumOfMoreThanHalfNeeds43Of85AndTwoThirdsNeeds57() {
        assertThat(Tally.quorum(Quorum.MORE_THAN_HALF, 42, 85)).isFalse();
        assertThat(Tally.quorum(Quorum.MORE_THAN_HALF, 43, 85)).isTrue();
        assertThat(Tally.quorum(Quorum.MORE_THAN_HALF, 44, 88)).isFalse();
        assertThat(Tally.quorum(Quorum.MORE_THAN_HALF, 45, 88)).isTrue();
        assertThat(Tally.quorum(Quorum.TWO_THIRDS, 56, 85)).isFalse();
        assertThat(Tally.quorum(Quorum.TWO_THIRDS, 57, 85)).isTrue();
        assertThat(Tally.quorum(Quorum.NONE, 0, 85)).isTrue();
    }

    @Test
    void withoutAQuorumNothingPasses() {
        Tally.Result r =
                Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.RELATIVE, 85, THREE, ballots(30, 5, 5));
        assertThat(r.quorumReached()).isFalse();
        assertThat(r.passed()).isEmpty();
        assertThat(r.decided()).isFalse();
        assertThat(r.outcome()).isEqualTo("Кворума нет: проголосовали 40 из 85 советов; решение не принято");
    }

    @Test
    void relativeMajorityTakesTheMostVotes() {
        // 62 of 85: 41, 12, 9
        Tally.Result r =
                Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.RELATIVE, 85, THREE, ballots(41, 12, 9));
        assertThat(r.passed()).containsExactly(1L);
        assertThat(r.votes()).containsEntry(1L, 41).containsEntry(2L, 12).containsEntry(3L, 9);
        assertThat(r.outcome())
                .isEqualTo("По итогам голосования (кворум есть: проголосовали 62 из 85 советов) принято:"
                        + " «Круг из точек» (41 голос)");
    }

    @Test
    void simpleMajorityNeedsMoreThanHalfOfTheBallots() {
        // 60 ballots: 30 is not more than half
        Tally.Result half =
                Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.SIMPLE, 85, THREE, ballots(30, 20, 10));
        assertThat(half.passed()).isEmpty();
        assertThat(half.outcome())
                .endsWith("ни один вариант не набрал более половины голосов проголосовавших; решение не принято");
        Tally.Result more =
                Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.SIMPLE, 85, THREE, ballots(31, 19, 10));
        assertThat(more.passed()).containsExactly(1L);
    }

    @Test
    void absoluteMajorityCountsAgainstTheElectorate() {
        // 60 of 85 voted; 42 is more than half of the ballots but not of the 85 members; 43 is
        assertThat(Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.ABSOLUTE, 85, THREE, ballots(42, 10, 8))
                        .passed())
                .isEmpty();
        assertThat(Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.ABSOLUTE, 85, THREE, ballots(43, 10, 7))
                        .passed())
                .containsExactly(1L);
    }

    @Test
    void qualifiedMajorityNeedsTwoThirdsOfTheBallots() {
        // 60 ballots: 40 is two thirds, 39 is not
        assertThat(Tally.count(
                                Kind.SINGLE,
                                1,
                                Quorum.MORE_THAN_HALF,
                                Majority.QUALIFIED,
                                85,
                                THREE,
                                ballots(39, 11, 10))
                        .passed())
                .isEmpty();
        assertThat(Tally.count(
                                Kind.SINGLE,
                                1,
                                Quorum.MORE_THAN_HALF,
                                Majority.QUALIFIED,
                                85,
                                THREE,
                                ballots(40, 10, 10))
                        .passed())
                .containsExactly(1L);
    }

    @Test
    void aTieIsStatedNeverBroken() {
        Tally.Result r =
                Tally.count(Kind.SINGLE, 1, Quorum.MORE_THAN_HALF, Majority.RELATIVE, 85, THREE, ballots(25, 25, 10));
        assertThat(r.passed()).isEmpty();
        assertThat(r.tied()).containsExactly(1L, 2L);
        assertThat(r.decided()).isFalse();
        assertThat(r.outcome())
                .isEqualTo("По итогам голосования (кворум есть: проголосовали 60 из 85 советов) голоса разделились"
                        + " поровну между «Круг из точек» и «Щит» (по 25 голосов); решение не принято");
    }

    @Test
    void multipleChoicePassesTheTopNThatMeetTheRuleAndStatesATieOnTheLastSeat() {
        List<Tally.Option> four = new ArrayList<>(THREE);
        four.add(new Tally.Option(4, "Ладья"));
        List<List<Long>> b = new ArrayList<>();
        // 50 ballots, up to 2 choices: 1+2 ×20, 1+3 ×15, 3+4 ×15 → 1: 35, 2: 20, 3: 30, 4: 15
        for (int i = 0; i < 20; i++) b.add(List.of(1L, 2L));
        for (int i = 0; i < 15; i++) b.add(List.of(1L, 3L));
        for (int i = 0; i < 15; i++) b.add(List.of(3L, 4L));
        Tally.Result r = Tally.count(Kind.MULTIPLE, 2, Quorum.MORE_THAN_HALF, Majority.RELATIVE, 85, four, b);
        assertThat(r.passed()).containsExactly(1L, 3L);
        // under the simple majority (more than 25 of 50) only option 1 and 3 qualify as well; 2 seats
        Tally.Result simple = Tally.count(Kind.MULTIPLE, 2, Quorum.MORE_THAN_HALF, Majority.SIMPLE, 85, four, b);
        assertThat(simple.passed()).containsExactly(1L, 3L);
        // a tie on the second seat: 1: 35, 2: 20, 3: 20
        List<List<Long>> tie = new ArrayList<>();
        for (int i = 0; i < 20; i++) tie.add(List.of(1L, 2L));
        for (int i = 0; i < 15; i++) tie.add(List.of(1L, 3L));
        for (int i = 0; i < 5; i++) tie.add(List.of(3L));
        Tally.Result tied = Tally.count(Kind.MULTIPLE, 2, Quorum.NONE, Majority.RELATIVE, 85, four, tie);
        assertThat(tied.passed()).containsExactly(1L);
        assertThat(tied.tied()).containsExactly(2L, 3L);
        assertThat(tied.outcome())
                .contains("принято: «Круг из точек» (35 голосов)")
                .contains(
                        "голоса разделились поровну между «Щит» и «Метка» (по 20 голосов); по этому месту решение не принято");
    }

    @Test
    void rankingIsCountedByBorda() {
        // 3 options: first place 2 points, second 1, third 0; a partial ranking gives the unranked none
        List<List<Long>> b = new ArrayList<>();
        for (int i = 0; i < 10; i++) b.add(List.of(1L, 2L, 3L)); // 1: 20, 2: 10
        for (int i = 0; i < 8; i++) b.add(List.of(2L, 3L, 1L)); // 2: 16, 3: 8
        for (int i = 0; i < 7; i++) b.add(List.of(3L, 2L)); // 3: 14, 2: 7
        Tally.Result r = Tally.count(Kind.RANKING, 1, Quorum.NONE, Majority.RELATIVE, 85, THREE, b);
        assertThat(r.points()).containsEntry(1L, 20).containsEntry(2L, 33).containsEntry(3L, 22);
        assertThat(r.votes()).containsEntry(1L, 10).containsEntry(2L, 8).containsEntry(3L, 7);
        assertThat(r.passed()).containsExactly(2L);
        assertThat(r.outcome()).endsWith("принято: «Щит» (33 балла)");
    }
}
