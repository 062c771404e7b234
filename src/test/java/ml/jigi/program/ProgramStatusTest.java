package ml.jigi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ml.jigi.code.ModerationStatus;

class ProgramStatusTest {

    @Test
    void theLifeOfAProgram() {
        assertTrue(ProgramStatus.draft.canMoveTo(ProgramStatus.pending));
        assertTrue(ProgramStatus.pending.canMoveTo(ProgramStatus.published));
        assertTrue(ProgramStatus.pending.canMoveTo(ProgramStatus.draft), "a moderator may send it back");
        assertTrue(ProgramStatus.published.canMoveTo(ProgramStatus.closed));
        assertTrue(ProgramStatus.closed.canMoveTo(ProgramStatus.archived));
        assertFalse(ProgramStatus.draft.canMoveTo(ProgramStatus.published), "publication needs moderation");
        assertFalse(ProgramStatus.archived.canMoveTo(ProgramStatus.published));
        assertFalse(ProgramStatus.pending.canMoveTo(ProgramStatus.pending));
    }

    @Test
    void moderationOfProfiles() {
        assertTrue(ModerationStatus.pending.canMoveTo(ModerationStatus.approved));
        assertTrue(ModerationStatus.approved.canMoveTo(ModerationStatus.suspended));
        assertFalse(ModerationStatus.rejected.canMoveTo(ModerationStatus.approved), "a rejected profile is edited first");
    }

    @Test
    void howTheDeadlineReads() {
        Program p = new Program();
        p.status = ProgramStatus.published;
        p.opensAt = LocalDate.of(2026, 12, 1);
        p.deadline = LocalDate.of(2026, 12, 10);
        assertEquals("upcoming", p.deadlineState(LocalDate.of(2026, 11, 30)));
        assertEquals("days", p.deadlineState(LocalDate.of(2026, 12, 1)));
        assertEquals(9, p.daysLeft(LocalDate.of(2026, 12, 1)));
        assertEquals("tomorrow", p.deadlineState(LocalDate.of(2026, 12, 9)));
        assertEquals("today", p.deadlineState(LocalDate.of(2026, 12, 10)));
        assertEquals("closed", p.deadlineState(LocalDate.of(2026, 12, 11)));
        assertTrue(p.isOpenOn(LocalDate.of(2026, 12, 10)));
        assertFalse(p.isOpenOn(LocalDate.of(2026, 12, 11)));
        p.status = ProgramStatus.closed;
        assertEquals("closed", p.deadlineState(LocalDate.of(2026, 12, 5)), "closed early by its managers");
    }
}
