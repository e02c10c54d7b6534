package ru.praktika.meeting.domain;

import ru.praktika.meeting.InstructionView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;

/** Who may act on what in meetings, beyond «the secretariat does everything». */
final class MeetingPermissions {

    private MeetingPermissions() {}

    /**
     * The instruction, if the actor answers for it: the secretariat, or the council of the region it is assigned to.
     *
     * @param refusal the Russian message when the actor does not
     */
    static InstructionView requireResponsible(MeetingQueries queries, Actor actor, long instructionId, String refusal) {
        InstructionView i = queries.instruction(instructionId)
                .orElseThrow(() -> new NotFoundException("Поручение №" + instructionId + " не найдено"));
        boolean responsible = actor.isAdmin()
                || (actor.has(Role.REGIONAL_OPERATOR)
                        && i.assigneeRegion() != null
                        && i.assigneeRegion().equals(actor.regionCode()));
        if (!responsible) {
            throw new AccessDeniedException(refusal);
        }
        return i;
    }
}
