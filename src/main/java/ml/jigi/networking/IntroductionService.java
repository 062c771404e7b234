package ml.jigi.networking;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.account.Account;
import ml.jigi.notification.Outbox;
import ml.jigi.program.Organization;
import ml.jigi.startup.Startup;
import ml.jigi.web.EditConflict;

/**
 * Every rule of introductions, whoever calls: who may ask (a manager or partner, on behalf of one of
 * their organizations, of a public startup that accepts introductions and is not theirs), the
 * limits against spam (one open request per requester and startup, at most 20 open per requester),
 * the answer of a founder (accept: both sides get each other's name and email; decline: the
 * requester is told politely, without a reason), expiry after 30 days. Mails go through the outbox.
 */
@ApplicationScoped
public class IntroductionService {

    /** Open requests a requester may have at once. */
    public static final int MAX_OPEN = 20;
    public static final int MIN_MESSAGE = 50;
    public static final int MAX_MESSAGE = 1000;

    /** Why a request is refused, to be said next to the form's field. */
    public enum Refusal {
        closed, own, organization, duplicate, limit
    }

    /** A request that may not be made. */
    public static class Refused extends RuntimeException {
        public final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    @Transactional
    public Introduction request(String slug, long requesterId, long organizationId, String message) {
        Startup startup = Startup.findPublic(slug).orElseThrow(NotFoundException::new);
        if (startup.isOwnedBy(requesterId)) {
            throw new Refused(Refusal.own);
        }
        if (!startup.introductionsOpen) {
            throw new Refused(Refusal.closed);
        }
        if (OrganizationPartner.of(requesterId).stream().noneMatch(o -> o.id == organizationId)) {
            throw new Refused(Refusal.organization);
        }
        // The requester's row, locked: two requests of one person at once are counted one after the other.
        Account requester = Account.<Account>findById(requesterId, LockModeType.PESSIMISTIC_WRITE);
        if (Introduction.count("requesterId = ?1 and startupId = ?2 and status = ?3", requesterId, startup.id,
                IntroductionStatus.requested) > 0) {
            throw new Refused(Refusal.duplicate);
        }
        if (Introduction.count("requesterId = ?1 and status = ?2", requesterId, IntroductionStatus.requested) >= MAX_OPEN) {
            throw new Refused(Refusal.limit);
        }
        Introduction i = new Introduction();
        i.startupId = startup.id;
        i.requesterId = requesterId;
        i.organizationId = organizationId;
        i.message = message;
        i.createdAt = Instant.now();
        try {
            i.persistAndFlush();
        } catch (PersistenceException e) { // the unique key: another instance took the same request meanwhile
            throw new Refused(Refusal.duplicate);
        }
        Organization org = Organization.findById(organizationId);
        for (Account founder : founders(startup.id)) {
            Map<String, String> p = new HashMap<>();
            p.put("name", founder.displayName);
            p.put("requester", requester.displayName);
            p.put("organization", org.name);
            p.put("startup", startup.name);
            p.put("message", message);
            p.put("url", publicUrl + "/my/introductions#introduction-" + i.id);
            mail(founder, NetworkingMails.REQUESTED, p);
        }
        return i;
    }

    /** A founder of the startup accepts: both sides get each other's name and email, on the page and by mail. */
    @Transactional
    public Introduction accept(long id, long founderId, long formVersion) {
        Introduction i = answer(id, founderId, formVersion, IntroductionStatus.accepted);
        Account founder = Account.findById(founderId);
        Account requester = Account.findById(i.requesterId);
        Startup startup = Startup.findById(i.startupId);
        Organization org = Organization.findById(i.organizationId);
        Map<String, String> toFounder = new HashMap<>();
        toFounder.put("name", founder.displayName);
        toFounder.put("other", requester.displayName);
        toFounder.put("email", String.valueOf(requester.email));
        toFounder.put("organization", org.name);
        toFounder.put("startup", startup.name);
        toFounder.put("url", publicUrl + "/my/introductions#introduction-" + i.id);
        mail(founder, NetworkingMails.ACCEPTED_FOUNDER, toFounder);
        Map<String, String> toRequester = new HashMap<>();
        toRequester.put("name", requester.displayName);
        toRequester.put("other", founder.displayName);
        toRequester.put("email", String.valueOf(founder.email));
        toRequester.put("organization", org.name);
        toRequester.put("startup", startup.name);
        toRequester.put("url", publicUrl + "/startups/" + startup.slug);
        mail(requester, NetworkingMails.ACCEPTED_REQUESTER, toRequester);
        return i;
    }

    /** A founder declines: the requester is told politely, without a reason. */
    @Transactional
    public Introduction decline(long id, long founderId, long formVersion) {
        Introduction i = answer(id, founderId, formVersion, IntroductionStatus.declined);
        Account requester = Account.findById(i.requesterId);
        Startup startup = Startup.findById(i.startupId);
        mail(requester, NetworkingMails.DECLINED, Map.of("name", requester.displayName, "startup", startup.name,
                "url", publicUrl + "/startups"));
        return i;
    }

    private Introduction answer(long id, long founderId, long formVersion, IntroductionStatus next) {
        Introduction i = Introduction.lockReceived(id, founderId).orElseThrow(NotFoundException::new);
        EditConflict.check(formVersion, i.version);
        if (!i.status.canMoveTo(next)) {
            throw new EditConflict(); // answered meanwhile by a co-founder, or expired
        }
        i.answer(next, founderId, Instant.now());
        EditConflict.flush(Introduction.getEntityManager());
        return i;
    }

    /** Requests unanswered for 30 days expire (every hour, on any instance: one update, idempotent). */
    @Scheduled(every = "${jigi.introductions.every:1h}", delayed = "${jigi.introductions.delay:90s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        expire();
    }

    @Transactional
    public int expire() {
        return Introduction.update("status = ?1, openFlag = null where status = ?2 and createdAt < ?3",
                IntroductionStatus.expired, IntroductionStatus.requested,
                Instant.now().minusSeconds(Introduction.EXPIRES_DAYS * 24L * 3600));
    }

    static List<Account> founders(long startupId) {
        return Account.list("id in (select o.accountId from StartupOwner o where o.startupId = ?1)", startupId);
    }

    private void mail(Account to, String template, Map<String, String> payload) {
        if (to.email != null) {
            outbox.enqueue(to.id, to.email, to.locale, template, payload);
        }
    }
}
