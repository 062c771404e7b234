package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;


/**
 * Two instances are one (docs/operations.md, "Scale-out"): the packaged app runs twice on the same
 * MariaDB, Keycloak and SMTP server, with the same session secret, and nothing else shared. A
 * session begun on one goes on on the other; a change made on one (a program closed) shows at once
 * on the other's catalog, program page and match page; two managers deciding on the same
 * application on different instances get one winner and one clear conflict; the mail that decision
 * sends waits while SMTP refuses and goes out once, not once per instance, when SMTP is back; a
 * session logged out on one is refused on the other within a second.
 */
class TwoInstancesIT {

    static final String NONCE = UUID.randomUUID().toString().substring(0, 8);

    static final List<Process> INSTANCES = new ArrayList<>();
    static String a;
    static String b;
    static Relay smtp;
    static Path logs;

    /** Ids made for this test (cleaned up after). */
    static long program;
    static String programSlug;
    static String startupSlug;
    static long application;
    static boolean aminataAdded;
    static long rwl;
    static long aminataId;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        logs = Files.createTempDirectory("two-instances");
        smtp = new Relay(freePort()); // the instances' SMTP server: nothing listens until the test opens it
        int aPort = Integer.parseInt(env("JIGI_TEST_PORT")); // the redirect URI Keycloak knows
        int bPort = freePort();
        String secret = UUID.randomUUID().toString() + UUID.randomUUID();
        a = start("a", aPort, secret);
        b = start("b", bPort, secret);
        setUpData();
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (Process p : INSTANCES) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
        try (Connection c = db()) {
            if (aminataAdded) {
                update(c, "DELETE FROM organization_manager WHERE organization_id = ? AND account_id = ?", rwl, aminataId);
            }
        }
    }

    @Test
    void twoInstancesAreOne() throws Exception {
        Browser awa = Browser.open(); // on instance A (its base), and B by its address
        try {
            // A session begun on A goes on on B.
            awa.login("awa.traore");
            awa.driver.get(b + "/me");
            assertEquals("Bonjour, Awa Traoré !", awa.text("h1"), "the session begun on A, on B: " + awa.driver.getCurrentUrl());

            // Both instances have the program in their caches: catalog, program page, matches.
            assertEquals("published", programStatus(a), "A's program page");
            assertEquals("published", programStatus(b), "B's program page");
            assertTrue(get(a + "/programs?open=1&q=" + NONCE).contains("data-program=\"" + programSlug + "\""), "A's catalog");
            awa.driver.get(a + "/my/matches");
            assertEquals(1, awa.all("[data-startup='" + startupSlug + "'] [data-program='" + programSlug + "']").size(), "A's match page lists it");

            // Two managers decide on the same application, one on A, one on B.
            Browser ibrahim = Browser.open();
            Browser aminata = Browser.open();
            try {
                ibrahim.login("ibrahim.maiga");
                aminata.login("aminata.coulibaly");
                ibrahim.driver.get(a + "/manage/applications/" + application);
                aminata.driver.get(b + "/manage/applications/" + application);
                decide(ibrahim, "shortlisted", "Décision prise sur A " + NONCE);
                decide(aminata, "rejected", "Décision prise sur B " + NONCE);
                assertTrue(ibrahim.text(".notice").startsWith("Nouvel état : Présélectionnée."), ibrahim.text(".notice"));
                assertTrue(aminata.text(".notice").contains("a changé pendant que vous la regardiez"),
                        "the second gets a clear conflict: " + aminata.text(".notice"));
                assertEquals("Décision prise sur B " + NONCE, aminata.driver.findElement(By.id("message")).getAttribute("value"),
                        "and keeps what they typed");
                assertEquals("shortlisted", scalar("SELECT status FROM application WHERE id = ?", application), "one winner");

                // The mail of that decision waits while SMTP refuses…
                String decision = "Décision prise sur A " + NONCE;
                waitUntil("an instance tried to send it and SMTP refused", Duration.ofSeconds(60),
                        () -> attempts(decision) >= 1);
                String founder = scalar("SELECT recipient FROM outbox_mail WHERE payload LIKE ?", "%" + decision + "%");
                assertEquals(0L, mailsTo(founder, decision), "nothing got through");
                // …and goes out once when SMTP is back, though two instances send the outbox.
                smtp.open(Integer.parseInt(env("JIGI_SMTP_PORT")));
                // Once its row says sent (committed after the SMTP server took it), no sender on either
                // instance can take it again: the count is final.
                waitUntil("the mail went out and its row says so", Duration.ofSeconds(60),
                        () -> "sent".equals(outboxStatus(decision)));
                assertEquals(1L, mailsTo(founder, decision), "sent exactly once, though two instances send the outbox");

                // A change made on B shows at once on A: the manager closes the program on B.
                ibrahim.driver.get(b + "/manage/programs/" + program + "/edit");
                ibrahim.click(By.cssSelector("form[action$='/" + program + "/close'] button[type=submit]"));
            } finally {
                ibrahim.close();
                aminata.close();
            }
            assertEquals("closed", programStatus(a), "A's program page, right after the change on B");
            assertTrue(!get(a + "/programs?open=1&q=" + NONCE).contains("data-program=\"" + programSlug + "\""), "A's catalog of open programs");
            awa.driver.get(a + "/my/matches");
            assertEquals(0, awa.all("[data-startup='" + startupSlug + "'] [data-program='" + programSlug + "']").size(), "A's match page no longer lists it");

            // A session ended on A (its person logs out there) is refused on B too: B found the key
            // open a moment ago (its first request checks the tokens, the second finds the key open
            // and remembers it) and asks again after a second (LoginSessions.RECHECK). Polled for
            // 5 s, less than the 10 s a key replaced by a refresh keeps working, so only the logout
            // can end it in time.
            awa.driver.get(a + "/me");
            String key = awa.driver.manage().getCookieNamed("q_session").getValue();
            assertEquals(200, status(b + "/api/me", "q_session=" + key), "the session, on B");
            assertEquals(200, status(b + "/api/me", "q_session=" + key), "again, on B");
            awa.logout();
            awa.waitFor(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
            waitUntil("the session logged out on A is refused on B", Duration.ofSeconds(5),
                    () -> status(b + "/api/me", "q_session=" + key) == 401);
        } finally {
            awa.close();
        }
    }

    static void decide(Browser manager, String status, String message) {
        new Select(manager.driver.findElement(By.id("status"))).selectByValue(status);
        manager.driver.findElement(By.id("message")).sendKeys(message);
        var button = manager.driver.findElement(By.cssSelector("#decision button[type=submit]"));
        button.click();
        manager.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
        manager.waitFor(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
    }

    // --- the two instances -------------------------------------------------------------------------

    static String start(String name, int port, String secret) throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "the packaged app is there (mvn verify packages it before the ITs)");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx256m", "-jar", jar.getPath())
                .redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> e = pb.environment();
        e.put("JIGI_HTTP_HOST", "127.0.0.1");
        e.put("JIGI_HTTP_PORT", String.valueOf(port));
        int management = freePort();
        e.put("JIGI_MANAGEMENT_PORT", String.valueOf(management));
        e.put("JIGI_SESSION_SECRET", secret);
        e.put("JIGI_DEMO", "true");
        e.put("JIGI_PUBLIC_URL", "http://localhost:" + port);
        e.put("JIGI_SMTP_PORT", String.valueOf(smtp.port));
        e.put("JIGI_MAIL_EVERY", "1s");
        e.put("JIGI_MAIL_DELAY", "1s");
        e.put("JIGI_MAIL_FIRST_RETRY", "2s");
        Process p = pb.start();
        INSTANCES.add(p);
        String health = "http://127.0.0.1:" + management + "/q/health/ready";
        waitUntil("instance " + name + " ready (log: " + logs.resolve(name + ".log") + ")", Duration.ofSeconds(90),
                () -> p.isAlive() && status(health) == 200);
        return "http://localhost:" + port;
    }

    // --- data, through MariaDB ---------------------------------------------------------------------

    static void setUpData() throws SQLException {
        try (Connection c = db()) {
            rwl = id(c, "SELECT id FROM organization WHERE slug = 'readwrite-labs'");
            long awaId = id(c, "SELECT id FROM account WHERE username = 'awa.traore'");
            aminataId = id(c, "SELECT id FROM account WHERE username = 'aminata.coulibaly'");
            aminataAdded = update(c, "INSERT IGNORE INTO organization_manager (organization_id, account_id, since) "
                    + "VALUES (?, ?, NOW(6))", rwl, aminataId) == 1;
            programSlug = "deux-instances-" + NONCE;
            program = insert(c, "INSERT INTO program (organization_id, title, slug, summary, description, sectors, stages, "
                    + "regions, women_only, min_team_size, requires_incorporation, offers, funding_amount, equity_percent, "
                    + "format, city, languages, opens_at, deadline, starts_at, seats, status, demo, published_at, created_at, "
                    + "updated_at, version) VALUES (?, ?, ?, 'Un programme ouvert à toutes les startups du Mali.', "
                    + "'Mentorat et accès au marché pour toutes les startups maliennes.', '', '', '', FALSE, NULL, FALSE, "
                    + "'mentoring', NULL, NULL, 'remote', NULL, 'fr', CURDATE() - INTERVAL 5 DAY, CURDATE() + INTERVAL 30 DAY, "
                    + "NULL, 10, 'published', TRUE, NOW(6), NOW(6), NOW(6), 0)", rwl, "Programme deux instances " + NONCE,
                    programSlug);
            startupSlug = "startup-deux-instances-" + NONCE;
            long startup = insert(c, "INSERT INTO startup (name, slug, tagline, description, sectors, stage, region, city, "
                    + "founded_year, team_size, women_led, youth_led, incorporated, revenue_band, funding_band, needs, "
                    + "languages, visibility, moderation_status, demo, created_at, updated_at, approved_at, version) "
                    + "VALUES (?, ?, 'Deux instances', 'Une startup pour le test des deux instances.', 'agritech', 'mvp', "
                    + "'bamako', NULL, 2022, 3, TRUE, FALSE, TRUE, 'none', 'none', 'mentoring', 'fr', 'visible', 'approved', "
                    + "TRUE, NOW(6), NOW(6), NOW(6), 0)", "Startup deux instances " + NONCE, startupSlug);
            update(c, "INSERT INTO startup_owner (startup_id, account_id, since) VALUES (?, ?, NOW(6))", startup, awaId);
            application = insert(c, "INSERT INTO application (startup_id, program_id, status, answers, submitted_at, "
                    + "match_score_at_submit, review_count, created_by, created_at, updated_at, version) "
                    + "VALUES (?, ?, 'submitted', '{}', NOW(6), 50, 0, ?, NOW(6), NOW(6), 0)", startup, program, awaId);
        }
    }

    static String programStatus(String instance) throws Exception {
        String page = get(instance + "/programs/" + programSlug);
        int at = page.indexOf("data-status=\"");
        assertTrue(at > 0, "a program page: " + page);
        return page.substring(at + 13, page.indexOf('"', at + 13));
    }

    static String outboxStatus(String text) {
        try {
            return scalar("SELECT status FROM outbox_mail WHERE payload LIKE ?", "%" + text + "%");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static int attempts(String text) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(attempts), -1) FROM outbox_mail WHERE payload LIKE ?")) {
            s.setString(1, "%" + text + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** How many mails the SMTP server holds for this address whose text contains this. */
    static long mailsTo(String address, String text) {
        return Mailbox.of(address).stream().filter(m -> m.text().contains(text)).count();
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(env("JIGI_DB_URL"), env("JIGI_DB_USER"), env("JIGI_DB_PASSWORD"));
    }

    static String scalar(String sql, Object... params) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), "found: " + sql);
            return r.getLong(1);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    // --- plumbing ----------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    static int status(String url) {
        return status(HttpRequest.newBuilder(URI.create(url)));
    }

    /** The status of a GET with these cookies (0 when the instance does not answer). */
    static int status(String url, String cookies) {
        return status(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies));
    }

    private static int status(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            fail(name + " is not set: run the tests through bin/jigi test, which sets it");
        }
        return value;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void waitUntil(String what, Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                fail("Not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(250); // polling a condition, not waiting for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The SMTP server as the app instances see it: nothing listens on its port at first (connections
     * refused, as when the mail server is down); once opened, every connection is passed to the real
     * one.
     */
    static final class Relay implements AutoCloseable {
        final int port;
        private ServerSocket server;

        Relay(int port) {
            this.port = port;
        }

        void open(int target) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket in = server.accept();
                        Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
                        pipe(in, out);
                        pipe(out, in);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "smtp-relay");
            accept.setDaemon(true);
            accept.start();
        }

        private static void pipe(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException ended) {
                    // one side closed
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
