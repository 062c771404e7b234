package ml.jigi.program;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.code.ModerationStatus;
import ml.jigi.file.Files;
import ml.jigi.program.ProgramForm.CriterionInput;
import ml.jigi.program.ProgramForm.QuestionInput;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Slugs;
import ml.jigi.web.Upload;

/**
 * Organizations and their programs, from draft to publication. Every method is one transaction.
 * Only an organization's managers reach its programs: anything else is a 404.
 */
@ApplicationScoped
public class ProgramService {

    /** Thrown when a program cannot take the asked status from the one it has. */
    public static class IllegalMove extends jakarta.ws.rs.ClientErrorException {
        public final ProgramStatus from;
        public final ProgramStatus to;

        IllegalMove(ProgramStatus from, ProgramStatus to) {
            super("A program cannot go from " + from + " to " + to, 409);
            this.from = from;
            this.to = to;
        }
    }

    @Inject
    Files files;

    @Inject
    ml.jigi.audit.Audit audit;

    @Transactional
    public Organization createOrganization(long accountId, Organization typed, Optional<Upload> logo) {
        Instant now = Instant.now();
        Organization org = new Organization();
        copy(typed, org);
        org.slug = Slugs.unique(typed.name, slug -> Organization.count("slug", slug) > 0);
        org.moderationStatus = ModerationStatus.pending;
        org.createdAt = now;
        org.updatedAt = now;
        logo.ifPresent(file -> org.logoFileId = files.store(accountId, file, now));
        org.persist();
        OrganizationManager.of(org.id, accountId, now).persist();
        return org;
    }

    @Transactional
    public Organization updateOrganization(long orgId, long accountId, long formVersion, Organization typed,
            Optional<Upload> logo) {
        Organization org = Organization.findManaged(orgId, accountId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, org.version);
        Instant now = Instant.now();
        boolean identityChanged = !java.util.Objects.equals(org.name, typed.name)
                || !java.util.Objects.equals(org.website, typed.website);
        copy(typed, org);
        if (org.moderationStatus == ModerationStatus.rejected) { // corrected after a refusal: back in the queue
            org.moderationStatus = ModerationStatus.pending;
        }
        if (identityChanged && org.moderationStatus == ModerationStatus.approved) {
            // The "verified" mark vouched for a name and a website: another one is not vouched for
            // until AGETIC looks again (the organization is listed for that on /admin/moderation).
            if (org.verified) {
                audit.record(accountId, "organization.unverify", "organization", org.id, "name or website changed");
            }
            org.verified = false;
            org.recheckSince = now;
        }
        org.updatedAt = now;
        Long oldLogo = org.logoFileId;
        logo.ifPresent(file -> org.logoFileId = files.store(accountId, file, now));
        EditConflict.flush(Organization.getEntityManager());
        if (logo.isPresent()) {
            files.release(oldLogo);
        }
        return org;
    }

    @Transactional
    public void addManager(long orgId, long accountId) {
        if (!OrganizationManager.manages(accountId, orgId)) {
            OrganizationManager.of(orgId, accountId, Instant.now()).persist();
        }
    }

    @Transactional
    public Program create(long accountId, long orgId, Program typed, List<QuestionInput> questions,
            List<CriterionInput> rubric) {
        Organization org = Organization.findManaged(orgId, accountId).orElseThrow(NotFoundException::new);
        Instant now = Instant.now();
        Program program = new Program();
        program.organization = org;
        copy(typed, program);
        program.slug = Slugs.unique(typed.title, slug -> Program.count("slug", slug) > 0);
        program.status = ProgramStatus.draft;
        program.createdAt = now;
        program.updatedAt = now;
        sync(program, questions, rubric);
        program.persist();
        return program;
    }

    /**
     * Saves an edit. A published program whose public content changes (what it is, who may apply,
     * what it offers: {@link Program#material()}) goes back to AGETIC's review and leaves the catalog
     * until approved again; dates, seats, questions, rubric and matching weights change at once.
     * Applications already started are kept; none can be submitted while the program is in review.
     */
    @Transactional
    public Program update(long programId, long accountId, long formVersion, Program typed,
            List<QuestionInput> questions, List<CriterionInput> rubric) {
        Program program = Program.findManaged(programId, accountId).orElseThrow(NotFoundException::new);
        if (!program.status.isEditable()) {
            throw new IllegalMove(program.status, program.status);
        }
        EditConflict.check(formVersion, program.version);
        List<Object> before = program.material();
        copy(typed, program);
        if (program.status == ProgramStatus.published && !before.equals(program.material())) {
            move(program, ProgramStatus.pending);
            program.submittedAt = Instant.now();
        }
        program.updatedAt = Instant.now();
        sync(program, questions, rubric);
        EditConflict.flush(Program.getEntityManager());
        return program;
    }

    /** The manager asks for publication: draft → pending. */
    @Transactional
    public Program submit(long programId, long accountId) {
        Program program = Program.findManaged(programId, accountId).orElseThrow(NotFoundException::new);
        move(program, ProgramStatus.pending);
        program.submittedAt = Instant.now();
        return program;
    }

    /** The manager stops applications early: published → closed. */
    @Transactional
    public Program close(long programId, long accountId) {
        Program program = Program.findManaged(programId, accountId).orElseThrow(NotFoundException::new);
        move(program, ProgramStatus.closed);
        return program;
    }

    static void move(Program program, ProgramStatus next) {
        if (!program.status.canMoveTo(next)) {
            throw new IllegalMove(program.status, next);
        }
        program.status = next;
        program.updatedAt = Instant.now();
    }

    static void sync(Program program, List<QuestionInput> questions, List<CriterionInput> rubric) {
        Map<Long, ProgramQuestion> existing = new HashMap<>();
        program.questions.forEach(q -> existing.put(q.id, q));
        program.questions.clear();
        for (QuestionInput in : questions) {
            ProgramQuestion q = in.id() != null && existing.containsKey(in.id()) ? existing.get(in.id()) : new ProgramQuestion();
            q.program = program;
            q.label = in.label();
            q.help = in.help();
            q.type = in.type();
            q.required = in.required();
            q.position = in.position();
            q.choices = in.choices();
            program.questions.add(q);
        }
        program.questions.sort(java.util.Comparator.comparingInt(q -> q.position));
        Map<Long, RubricCriterion> criteria = new HashMap<>();
        program.rubric.forEach(c -> criteria.put(c.id, c));
        program.rubric.clear();
        for (CriterionInput in : rubric) {
            RubricCriterion c = in.id() != null && criteria.containsKey(in.id()) ? criteria.get(in.id()) : new RubricCriterion();
            c.program = program;
            c.name = in.name();
            c.description = in.description();
            c.weight = in.weight();
            c.maxScore = in.maxScore();
            c.position = in.position();
            program.rubric.add(c);
        }
        program.rubric.sort(java.util.Comparator.comparingInt(c -> c.position));
    }

    public static void copy(Program from, Program to) {
        to.title = from.title;
        to.summary = from.summary;
        to.description = from.description;
        to.sectors = from.sectors;
        to.stages = from.stages;
        to.regions = from.regions;
        to.womenOnly = from.womenOnly;
        to.minTeamSize = from.minTeamSize;
        to.requiresIncorporation = from.requiresIncorporation;
        to.offers = from.offers;
        to.fundingAmount = from.fundingAmount;
        to.equityPercent = from.equityPercent;
        to.format = from.format;
        to.city = from.city;
        to.languages = from.languages;
        to.opensAt = from.opensAt;
        to.deadline = from.deadline;
        to.startsAt = from.startsAt;
        to.seats = from.seats;
        to.weightSector = from.weightSector;
        to.weightStage = from.weightStage;
        to.weightNeeds = from.weightNeeds;
        to.weightText = from.weightText;
        to.weightPlace = from.weightPlace;
        to.weightLanguage = from.weightLanguage;
    }

    public static void copy(Organization from, Organization to) {
        to.name = from.name;
        to.kind = from.kind;
        to.country = from.country;
        to.website = from.website;
        to.description = from.description;
    }
}
