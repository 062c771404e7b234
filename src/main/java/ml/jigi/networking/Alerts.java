package ml.jigi.networking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import ml.jigi.account.Account;
import ml.jigi.code.CodeMessages;
import ml.jigi.matching.MatchMessages;
import ml.jigi.matching.MatchResult;
import ml.jigi.matching.MatchScorer;
import ml.jigi.matching.MatchService;
import ml.jigi.matching.ReasonTexts;
import ml.jigi.matching.StartupFeatures;
import ml.jigi.notification.Outbox;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;

/**
 * Founders' alerts, queued in the outbox in each founder's language: once a week, the programs that
 * opened since the last mail and fit the startup (eligible, and at least the founder's threshold,
 * with the same scores and reasons as the site); and, three days before a program's deadline, a
 * reminder of each application still in draft. Every instance runs it: subscriptions are taken in
 * batches with SKIP LOCKED, a deadline reminder is recorded once (`deadline_reminder`), so each mail
 * is queued once. Only the programs new since the last mail are scored, so a week's mail for 50,000
 * founders costs a few seconds of scoring (bench/alerts.sh).
 */
@ApplicationScoped
public class Alerts {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Alerts.class);
    static final int BATCH = 500;
    /** Programs listed in one weekly mail at most. */
    static final int LISTED = 10;
    /** Days before the deadline of the reminder. */
    static final int DEADLINE_DAYS = 3;

    @Inject
    MatchService matches;

    @Inject
    Outbox outbox;

    @Inject
    AlertLinks links;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "jigi.public-url")
    String publicUrl;

    @Scheduled(every = "${jigi.alerts.every:1h}", delayed = "${jigi.alerts.delay:120s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        weekly(Instant.now(), Dates.today());
        deadlines(Dates.today());
    }

    /** Queues the weekly mails due now; returns how many were queued. */
    public int weekly(Instant now, LocalDate today) {
        long started = System.nanoTime();
        int read = 0;
        int queued = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> weeklyBatch(now, today));
            read += batch[0];
            queued += batch[1];
        } while (batch[0] == BATCH);
        if (read > 0) {
            LOG.infof("Weekly alerts: %d subscriptions read, %d mails queued in %d ms", read, queued,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return queued;
    }

    int[] weeklyBatch(Instant now, LocalDate today) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        List<AlertSubscription> due = AlertSubscription.<AlertSubscription>find(
                "weekly = true and (weeklySentAt is null or weeklySentAt <= ?1) order by id", weekAgo)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, BATCH).list();
        if (due.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<Long, Startup> startups = new HashMap<>();
        Startup.<Startup>list("id in ?1", due.stream().map(s -> s.startupId).distinct().toList())
                .forEach(s -> startups.put(s.id, s));
        Map<Long, Account> accounts = new HashMap<>();
        Account.<Account>list("id in ?1", due.stream().map(s -> s.accountId).distinct().toList())
                .forEach(a -> accounts.put(a.id, a));
        Map<String, ReasonTexts> texts = new HashMap<>();
        int queued = 0;
        for (AlertSubscription sub : due) {
            Instant since = sub.weeklySentAt == null ? weekAgo : sub.weeklySentAt;
            sub.weeklySentAt = now;
            Startup startup = startups.get(sub.startupId);
            Account founder = accounts.get(sub.accountId);
            if (startup == null || founder == null || founder.email == null || !startup.isOwnedBy(founder.id)) {
                continue;
            }
            StartupFeatures features = matches.features(startup);
            List<MatchService.RankedProgram> fit = matches.newProgramsFor(features, since.atZone(Dates.MALI).toLocalDate(),
                    today).stream().filter(r -> r.rank() >= MatchScorer.ELIGIBLE + sub.threshold).limit(LISTED).toList();
            if (fit.isEmpty()) {
                continue;
            }
            String locale = founder.locale == null ? "fr" : founder.locale;
            ReasonTexts reasons = texts.computeIfAbsent(locale, l -> new ReasonTexts(
                    MessageBundles.get(MatchMessages.class, Localized.Literal.of(l)),
                    MessageBundles.get(CodeMessages.class, Localized.Literal.of(l)), Locale.forLanguageTag(l)));
            StringBuilder plain = new StringBuilder();
            StringBuilder html = new StringBuilder();
            for (MatchService.RankedProgram r : fit) {
                MatchResult result = matches.explain(features, r.program(), today);
                List<String> why = result.reasons().stream().filter(x -> x.points() > 0)
                        .sorted(Comparator.comparingInt((ml.jigi.matching.Reason x) -> -x.points())).limit(3)
                        .map(reasons::text).toList();
                String url = publicUrl + "/programs/" + r.program().slug();
                plain.append("- ").append(r.program().title()).append(" (").append(r.program().organization()).append(") : ")
                        .append(result.total()).append("/100\n  ").append(String.join(" ; ", why)).append("\n  ").append(url)
                        .append("\n");
                html.append("<li><a href=\"").append(escape(url)).append("\">").append(escape(r.program().title()))
                        .append("</a> (").append(escape(r.program().organization())).append(") : <strong>")
                        .append(result.total()).append("/100</strong><br>").append(escape(String.join(" ; ", why)))
                        .append("</li>");
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", founder.displayName);
            p.put("startup", startup.name);
            p.put("count", String.valueOf(fit.size()));
            p.put("list", plain.toString().strip());
            p.put("items", html.toString());
            p.put("url", publicUrl + "/my/matches");
            p.put("alerts", publicUrl + "/me/alerts");
            p.put("unsubscribe", links.unsubscribe(sub.id, AlertLinks.Kind.weekly));
            outbox.enqueue(founder.id, founder.email, locale, NetworkingMails.WEEKLY, p);
            queued++;
        }
        return new int[] {due.size(), queued};
    }

    /** Queues the reminders of drafts whose program closes within three days; returns how many. */
    public int deadlines(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, sub.id, sub.account_id FROM application a "
                + "JOIN program p ON p.id = a.program_id "
                + "JOIN alert_subscription sub ON sub.startup_id = a.startup_id AND sub.deadlines = TRUE "
                + "JOIN startup_owner o ON o.startup_id = a.startup_id AND o.account_id = sub.account_id "
                + "LEFT JOIN deadline_reminder r ON r.application_id = a.id "
                + "WHERE a.status = 'draft' AND p.deadline BETWEEN ?1 AND ?2 AND r.application_id IS NULL ORDER BY a.id")
                .setParameter(1, today).setParameter(2, today.plusDays(DEADLINE_DAYS)).getResultList();
        Map<Long, List<long[]>> byApplication = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byApplication.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        int queued = 0;
        for (Map.Entry<Long, List<long[]>> e : byApplication.entrySet()) {
            queued += QuarkusTransaction.requiringNew().call(() -> remind(e.getKey(), e.getValue()));
        }
        return queued;
    }

    private int remind(long applicationId, List<long[]> subscribers) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO deadline_reminder (application_id, sent_at) VALUES (?1, ?2)")
                .setParameter(1, applicationId).setParameter(2, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) {
            return 0; // another instance reminded of it
        }
        ml.jigi.application.Application a = ml.jigi.application.Application.findById(applicationId);
        int queued = 0;
        for (long[] s : subscribers) {
            Account founder = Account.findById(s[1]);
            if (founder.email == null) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", founder.displayName);
            p.put("startup", a.startup.name);
            p.put("program", a.program.title);
            p.put("deadline", a.program.deadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
                    Locale.forLanguageTag(founder.locale == null ? "fr" : founder.locale))));
            p.put("url", publicUrl + "/my/applications/" + a.id);
            p.put("unsubscribe", links.unsubscribe(s[0], AlertLinks.Kind.deadlines));
            outbox.enqueue(founder.id, founder.email, founder.locale, NetworkingMails.DEADLINE, p);
            queued++;
        }
        return queued;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
