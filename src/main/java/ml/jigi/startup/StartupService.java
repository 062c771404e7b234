package ml.jigi.startup;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ml.jigi.account.Account;
import ml.jigi.account.Consent;
import ml.jigi.code.ModerationStatus;
import ml.jigi.file.Files;
import ml.jigi.web.EditConflict;
import ml.jigi.web.Slugs;
import ml.jigi.web.Upload;

/**
 * Startup profiles: creation with the founder's consent, edits (which go back to moderation),
 * files, co-founders. Every method is one transaction: all of it is saved, or none.
 */
@ApplicationScoped
public class StartupService {

    @Inject
    Files files;

    @Inject
    jakarta.enterprise.event.Event<StartupCreated> created;

    public Startup create(long accountId, Startup typed, Optional<Upload> logo, Optional<Upload> pitchDeck) {
        return create(accountId, typed, logo, pitchDeck, false, false);
    }

    /** A new profile of this founder; the alerts chosen on the form go to whoever observes {@link StartupCreated}. */
    @Transactional
    public Startup create(long accountId, Startup typed, Optional<Upload> logo, Optional<Upload> pitchDeck,
            boolean weeklyAlerts, boolean deadlineAlerts) {
        Instant now = Instant.now();
        Startup startup = new Startup();
        copyProfile(typed, startup);
        startup.slug = Slugs.unique(typed.name, slug -> Startup.count("slug", slug) > 0);
        startup.moderationStatus = ModerationStatus.pending;
        startup.createdAt = now;
        startup.updatedAt = now;
        logo.ifPresent(file -> startup.logoFileId = files.store(accountId, file, now));
        pitchDeck.ifPresent(file -> startup.pitchDeckFileId = files.store(accountId, file, now));
        startup.persist();
        StartupOwner.of(startup.id, accountId, now).persist();
        Consent.record(accountId, Consent.STARTUP_PROFILE, Consent.STARTUP_PROFILE_VERSION, now);
        created.fire(new StartupCreated(startup.id, accountId, weeklyAlerts, deadlineAlerts));
        return startup;
    }

    /**
     * Saves an owner's edit. An edit of a public profile goes back to the moderators; the profile
     * leaves the public lists until they approve it again.
     */
    @Transactional
    public Startup update(long startupId, long accountId, long formVersion, Startup typed, Optional<Upload> logo,
            Optional<Upload> pitchDeck) {
        Startup startup = Startup.findOwned(startupId, accountId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        EditConflict.check(formVersion, startup.version);
        Instant now = Instant.now();
        copyProfile(typed, startup);
        if (startup.moderationStatus.canMoveTo(ModerationStatus.pending)) { // approved or refused: looked at again
            startup.moderationStatus = ModerationStatus.pending;
        }
        startup.updatedAt = now;
        Long oldLogo = startup.logoFileId;
        Long oldDeck = startup.pitchDeckFileId;
        logo.ifPresent(file -> startup.logoFileId = files.store(accountId, file, now));
        pitchDeck.ifPresent(file -> startup.pitchDeckFileId = files.store(accountId, file, now));
        EditConflict.flush(Startup.getEntityManager());
        if (logo.isPresent()) { // a replaced file is deleted, unless something else still refers to it
            files.release(oldLogo);
        }
        if (pitchDeck.isPresent()) {
            files.release(oldDeck);
        }
        return startup;
    }

    /** Invites a co-founder by email; inviting the same address twice keeps one invitation. */
    @Transactional
    public StartupInvitation invite(long startupId, long accountId, String email) {
        Startup startup = Startup.findOwned(startupId, accountId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        // Equal in the column's collation (case and accents aside), as its unique key sees them.
        StartupInvitation existing = StartupInvitation.<StartupInvitation>find("startupId = ?1 and email = ?2", startup.id, email)
                .firstResult();
        if (existing != null) {
            return existing;
        }
        StartupInvitation invitation = new StartupInvitation();
        invitation.startupId = startup.id;
        invitation.email = email;
        invitation.invitedBy = accountId;
        invitation.createdAt = Instant.now();
        invitation.persist();
        return invitation;
    }

    /**
     * The invited person joins, having accepted the purpose statement; only with the invited email,
     * proven by Keycloak (an unproven address is anyone's to type).
     */
    @Transactional
    public Startup accept(long invitationId, Account account) {
        StartupInvitation invitation = StartupInvitation.<StartupInvitation>findByIdOptional(invitationId)
                .filter(i -> i.acceptedAt == null && account.email != null && account.emailVerified
                        && i.email.equalsIgnoreCase(account.email))
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Instant now = Instant.now();
        invitation.acceptedAt = now;
        invitation.acceptedBy = account.id;
        if (StartupOwner.count("startupId = ?1 and accountId = ?2", invitation.startupId, account.id) == 0) {
            StartupOwner.of(invitation.startupId, account.id, now).persist();
        }
        Consent.record(account.id, Consent.STARTUP_PROFILE, Consent.STARTUP_PROFILE_VERSION, now);
        return Startup.findById(invitation.startupId);
    }

    public static void copyProfile(Startup from, Startup to) {
        to.name = from.name;
        to.tagline = from.tagline;
        to.description = from.description;
        to.sectors = from.sectors;
        to.stage = from.stage;
        to.region = from.region;
        to.city = from.city;
        to.foundedYear = from.foundedYear;
        to.teamSize = from.teamSize;
        to.womenLed = from.womenLed;
        to.introductionsOpen = from.introductionsOpen;
        to.youthLed = from.youthLed;
        to.incorporated = from.incorporated;
        to.revenueBand = from.revenueBand;
        to.fundingBand = from.fundingBand;
        to.needs = from.needs;
        to.languages = from.languages;
        to.website = from.website;
        to.phone = from.phone;
        to.visibility = from.visibility;
    }
}
