package ru.praktika.meeting.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.praktika.meeting.InstructionView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;

/**
 * Who may see and do what in meetings (the table is in {@code docs/modules/meeting.md}). The secretariat sees and
 * records everything. A draft meeting is the secretariat's alone; an announced one is seen also by the councils it
 * concerns (invited, or answering for one of its instructions); a held or closed meeting is seen by every signed-in
 * user. A press release is public once published and the secretariat's until then. An instruction's report (its
 * text, author and files) is seen by the secretariat and by the council responsible for the instruction only.
 */
final class MeetingPermissions {

    /**
     * SQL condition on {@code meeting.meetings m}: the meetings the viewer of {@link #viewer} may read. One rule for the
     * page of a meeting, the lists, the calendar, the register of instructions and the desk.
     */
    static final String READABLE = """
            (:viewerAdmin or (:viewerSignedIn and (m.state in ('HELD', 'CLOSED')
                or (m.state = 'ANNOUNCED' and cast(:viewerRegion as text) is not null
                    and (exists (select 1 from meeting.participants vp
                                 where vp.meeting_id = m.id and vp.region_code = cast(:viewerRegion as text))
                         or exists (select 1 from meeting.instructions vi
                                    where vi.meeting_id = m.id and vi.assignee_region = cast(:viewerRegion as text)))))))""";

    /**
     * SQL condition on {@code meeting.instructions i} left-joined to {@code meeting.meetings m}: the entries of the one
     * register the viewer may read. An instruction of a meeting follows {@link #READABLE}; an obligation of an agreement
     * (no meeting) is read by the secretariat and by the operator of the council responsible for it (ADR 0019).
     */
    static final String REGISTER_READABLE = "((i.meeting_id is not null and " + READABLE + """
            ) or (i.meeting_id is null and (:viewerAdmin or (:viewerSignedIn
                and cast(:viewerRegion as text) is not null and i.assignee_region = cast(:viewerRegion as text)))))""";

    private MeetingPermissions() {}

    /** The parameters of {@link #READABLE} for this actor. */
    static Map<String, Object> viewer(Actor actor) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("viewerAdmin", actor.isAdmin());
        p.put("viewerSignedIn", actor.isAuthenticated());
        p.put("viewerRegion", council(actor));
        return p;
    }

    /** The region whose council the actor speaks for, or null. */
    static String council(Actor actor) {
        return actor.isAuthenticated() && actor.has(Role.REGIONAL_OPERATOR) ? actor.regionCode() : null;
    }

    /** The secretariat, or the operator of the council the instruction is assigned to. */
    static boolean answersFor(Actor actor, InstructionView i) {
        return actor.isAdmin()
                || (i.assigneeRegion() != null && i.assigneeRegion().equals(council(actor)));
    }

    /** The instruction as the actor may see it: without the report unless they answer for it. */
    static InstructionView shownTo(Actor actor, InstructionView i) {
        return answersFor(actor, i) ? i : i.withoutReport();
    }

    /**
     * The instruction, if the actor answers for it: the secretariat, or the council of the region it is assigned to.
     * An instruction of a meeting the actor may not read (a draft) is not found.
     *
     * @param refusal the Russian message when the actor does not
     */
    static InstructionView requireResponsible(MeetingQueries queries, Actor actor, long instructionId, String refusal) {
        InstructionView i = queries.instruction(instructionId)
                .filter(x -> queries.readable(x, actor))
                .orElseThrow(() -> new NotFoundException("Поручение №" + instructionId + " не найдено"));
        if (!answersFor(actor, i)) {
            throw new AccessDeniedException(refusal);
        }
        return i;
    }
}
