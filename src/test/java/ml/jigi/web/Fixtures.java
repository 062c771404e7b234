package ml.jigi.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ml.jigi.account.Account;
import ml.jigi.code.Band;
import ml.jigi.code.Language;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Need;
import ml.jigi.code.OrganizationKind;
import ml.jigi.code.ProgramFormat;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramStatus;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;

/**
 * Test data, each piece with a unique name so that test classes sharing the database never see
 * each other's rows. Every method runs in its own transaction and returns the saved entity.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The account a @TestSecurity user with this "sub" claim gets on its first request. */
    public static Account account(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findBySubject(subject).orElseGet(() -> {
            Account a = new Account();
            a.keycloakSubject = subject;
            a.username = subject;
            a.displayName = subject;
            a.email = subject + "@example.ml";
            a.createdAt = Instant.now();
            a.lastSeenAt = a.createdAt;
            a.persist();
            return a;
        }));
    }

    public static Organization organization(String name, Account manager) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.name = name;
            o.slug = Slugs.of(name);
            o.kind = OrganizationKind.accelerator;
            o.country = "Mali";
            o.description = "Organisation de test " + name;
            o.moderationStatus = ModerationStatus.approved;
            o.createdAt = Instant.now();
            o.updatedAt = o.createdAt;
            o.persist();
            if (manager != null) {
                OrganizationManager.of(o.id, manager.id, Instant.now()).persist();
            }
            return o;
        });
    }

    /** A published program open from yesterday for 30 days, open to all. */
    public static Program program(Organization org, String title) {
        return program(org, title, ProgramStatus.published, Dates.today().minusDays(1), Dates.today().plusDays(30));
    }

    public static Program program(Organization org, String title, ProgramStatus status, LocalDate opensAt,
            LocalDate deadline) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Program p = new Program();
            p.organization = Organization.findById(org.id);
            p.title = title;
            p.slug = Slugs.of(title);
            p.summary = "Résumé de " + title;
            p.description = "Description de " + title;
            p.format = ProgramFormat.hybrid;
            p.languages = EnumSet.of(Language.fr);
            p.offers = EnumSet.of(Need.mentoring);
            p.opensAt = opensAt;
            p.deadline = deadline;
            p.status = status;
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
            return p;
        });
    }

    /** An approved, visible startup owned by the account (none when null). */
    public static Startup startup(String name, Account owner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Startup s = new Startup();
            s.name = name;
            s.slug = Slugs.of(name);
            s.tagline = "Accroche de " + name;
            s.description = "Description de " + name;
            s.sectors = EnumSet.of(Sector.agritech);
            s.stage = Stage.mvp;
            s.region = Region.bamako;
            s.teamSize = 4;
            s.revenueBand = Band.none;
            s.fundingBand = Band.none;
            s.needs = EnumSet.of(Need.funding);
            s.languages = EnumSet.of(Language.fr);
            s.visibility = Visibility.visible;
            s.moderationStatus = ModerationStatus.approved;
            s.createdAt = Instant.now();
            s.updatedAt = s.createdAt;
            s.persist();
            if (owner != null) {
                StartupOwner.of(s.id, owner.id, Instant.now()).persist();
            }
            return s;
        });
    }

    /** A file stored for this account, as the server stores an upload (checked type assumed). */
    public static ml.jigi.file.StoredFile storedFile(Long ownerId, String filename, byte[] content) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ml.jigi.file.StoredFile f = new ml.jigi.file.StoredFile();
            f.contentType = "application/pdf";
            f.filename = filename;
            f.size = content.length;
            f.sha256 = "0".repeat(64);
            f.data = content;
            f.createdAt = Instant.now();
            f.ownerId = ownerId;
            f.persist();
            return f;
        });
    }
}
