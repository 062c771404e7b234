package ml.jigi.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ml.jigi.account.Account;
import ml.jigi.account.Consent;
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
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.ProgramStatus;
import ml.jigi.program.QuestionType;
import ml.jigi.program.RubricCriterion;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupOwner;
import ml.jigi.startup.Visibility;
import ml.jigi.web.Dates;

/**
 * Demo content for `bin/jigi run` only (JIGI_DEMO=true; never set in production): organizations with
 * public facts only, programs and startups, each flagged as demo content. Loaded once, on the first
 * start; dates are relative to that day. The demo accounts match the Keycloak ids of
 * docker/keycloak/demo/jigi-users-0.json.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    static final String AWA = "00000000-0000-4000-8000-000000000001";
    static final String MOUSSA = "00000000-0000-4000-8000-000000000002";
    static final String IBRAHIM = "00000000-0000-4000-8000-000000000003";
    static final String AMINATA = "00000000-0000-4000-8000-000000000004";
    static final String ADMIN = "00000000-0000-4000-8000-000000000005";
    static final String FATOU = "00000000-0000-4000-8000-000000000006";

    @ConfigProperty(name = "jigi.demo")
    boolean enabled;

    void load(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Organization.count("slug", "readwrite-labs") > 0) {
                return;
            }
            loadAll(Dates.today(), Instant.now());
            LOG.info("Demo data loaded: " + Organization.count() + " organizations, " + Program.count()
                    + " programs, " + Startup.count() + " startups");
        });
    }

    void loadAll(LocalDate today, Instant now) {
        Account awa = account(AWA, "awa.traore", "Awa Traoré", "awa.traore@demo.jigi.ml", now);
        Account moussa = account(MOUSSA, "moussa.keita", "Moussa Keïta", "moussa.keita@demo.jigi.ml", now);
        Account ibrahim = account(IBRAHIM, "ibrahim.maiga", "Ibrahim Maïga", "ibrahim.maiga@demo.jigi.ml", now);
        Account aminata = account(AMINATA, "aminata.coulibaly", "Aminata Coulibaly", "aminata.coulibaly@demo.jigi.ml", now);
        account(ADMIN, "admin.agetic", "Fatoumata Diallo", "admin@demo.jigi.ml", now);
        Account fatou = account(FATOU, "fatou.sidibe", "Fatou Sidibé", "fatou.sidibe@demo.jigi.ml", now);

        Organization rwl = org("ReadWrite Labs", OrganizationKind.accelerator, "États-Unis", "https://readwrite.com",
                "Accélérateur de la Silicon Valley qui relie les startups à l’écosystème technologique mondial ; "
                        + "plus de deux cents startups y ont été accompagnées. Le ministre malien de l’Économie numérique "
                        + "l’a visité en janvier 2018.", true, now);
        Organization fab = org("Orange Fab", OrganizationKind.corporate, "Mali", "https://www.orange.com",
                "Le programme d’accélération de startups du groupe Orange, présent dans un réseau international "
                        + "d’Orange Fab, dont un à Bamako.", true, now);
        Organization pnp = org("Plug and Play", OrganizationKind.accelerator, "États-Unis", "https://www.plugandplaytechcenter.com",
                "Plateforme d’innovation et accélérateur basé à Sunnyvale, en Californie, l’un des plus grands au "
                        + "monde, avec des entreprises partenaires et des investisseurs en capital-risque.", true, now);
        Organization google = org("Google for Startups", OrganizationKind.corporate, "États-Unis", "https://startup.google.com",
                "Les programmes de Google pour les startups : accélérateurs, crédits cloud et mentorat technique.", false, now);
        Organization donilab = org("Donilab", OrganizationKind.incubator, "Mali", "https://donilab.net",
                "Incubateur et espace d’innovation à Bamako, qui accompagne les entrepreneurs du Mali.", true, now);
        Organization hub = org("Impact Hub Bamako", OrganizationKind.incubator, "Mali", "https://bamako.impacthub.net",
                "Espace de travail partagé et incubateur pour l’entrepreneuriat social à Bamako.", false, now);
        Organization corners = org("Orange Corners Mali", OrganizationKind.public_agency, "Mali", "https://www.orangecorners.com",
                "Programme soutenu par le gouvernement néerlandais qui forme et finance de jeunes entrepreneurs.", false, now);
        Organization tef = org("Tony Elumelu Foundation", OrganizationKind.ngo, "Nigeria", "https://www.tonyelumelufoundation.org",
                "Fondation panafricaine qui forme, accompagne et finance chaque année des milliers d’entrepreneurs africains.", true, now);
        Organization sahel = org("Sahel Invest", OrganizationKind.investor, "Mali", "https://example.org/sahel-invest",
                "Fonds d’amorçage (démonstration) qui investit dans les startups du Sahel, de 5 à 50 millions de FCFA.",
                false, now);
        manage(rwl, ibrahim, now);
        ml.jigi.networking.OrganizationPartner.of(sahel.id, fatou.id, now).persist();
        manage(fab, aminata, now);

        // ReadWrite Labs: two open programs for every demo founder, one closed, one draft.
        Program connect = program(rwl, "RWL Global Connect 2027", "Trois mois pour connecter votre startup aux marchés "
                + "et aux investisseurs internationaux, à distance, avec un mentor de la Silicon Valley.",
                "Global Connect accompagne des startups africaines qui ont déjà un produit : mentorat hebdomadaire, "
                        + "mise en relation avec des clients et des investisseurs, et une semaine de démonstration en ligne. "
                        + "Le programme s’adresse à toutes les startups numériques, de la transformation agroalimentaire "
                        + "aux services financiers.",
                EnumSet.noneOf(Sector.class), EnumSet.of(Stage.mvp, Stage.revenue, Stage.growth), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.mentoring, Need.network, Need.market_access, Need.visibility), ProgramFormat.remote, null,
                EnumSet.of(Language.fr, Language.en), today.minusDays(10), today.plusDays(45), ProgramStatus.published, now);
        questions(connect, "Quel marché international visez-vous, et pourquoi ?", "Quel est votre chiffre d’affaires des douze derniers mois ?");
        Program sprint = program(rwl, "RWL Sprint agritech et fintech", "Six semaines à Bamako pour accélérer les "
                + "startups de l’agriculture, de la transformation agroalimentaire et de la finance.",
                "Un sprint hybride : ateliers à Bamako, experts techniques en ligne, et une subvention pour les meilleures "
                        + "équipes. Transformation de produits agricoles, paiement mobile, crédit aux producteurs : "
                        + "apportez un produit qui fonctionne.",
                EnumSet.of(Sector.agritech, Sector.fintech), EnumSet.of(Stage.prototype, Stage.mvp, Stage.revenue, Stage.growth),
                EnumSet.noneOf(Region.class), EnumSet.of(Need.funding, Need.mentoring, Need.technical), ProgramFormat.hybrid,
                "Bamako", EnumSet.of(Language.fr), today.minusDays(5), today.plusDays(20), ProgramStatus.published, now);
        sprint.fundingAmount = 5_000_000L;
        sprint.seats = 12;
        questions(sprint, "Décrivez votre produit et vos premiers clients.", "Combien de producteurs ou d’utilisateurs touchez-vous ?");
        Program bootcamp = program(rwl, "RWL Founders Bootcamp 2026", "Le bootcamp d’une semaine des fondateurs, "
                + "édition 2026.", "Édition terminée : les candidatures sont closes.", EnumSet.noneOf(Sector.class),
                EnumSet.of(Stage.idea, Stage.prototype), EnumSet.noneOf(Region.class), EnumSet.of(Need.training),
                ProgramFormat.remote, null, EnumSet.of(Language.en), today.minusDays(80), today.minusDays(10),
                ProgramStatus.closed, now);
        bootcamp.moderationNote = null;
        program(rwl, "RWL Climate Cohort", "Une cohorte pour les solutions climatiques (en préparation).",
                "Brouillon en préparation.", EnumSet.of(Sector.cleantech, Sector.water), EnumSet.noneOf(Stage.class),
                EnumSet.noneOf(Region.class), EnumSet.of(Need.funding), ProgramFormat.remote, null, EnumSet.of(Language.en),
                today.plusDays(30), today.plusDays(90), ProgramStatus.draft, now);

        // Orange Fab: one open program for every demo founder, and one for women-led startups.
        Program season = program(fab, "Orange Fab Mali — saison 7", "Quatre mois d’accélération à Bamako avec les "
                + "équipes d’Orange Mali : accès au marché, expertise technique et financement.",
                "Orange Fab accompagne des startups immatriculées qui peuvent travailler avec Orange Mali : paiement, "
                        + "agriculture connectée, commerce en ligne, éducation. Les startups retenues testent leur "
                        + "solution avec les clients d’Orange.",
                EnumSet.of(Sector.fintech, Sector.agritech, Sector.ecommerce, Sector.ict, Sector.edtech),
                EnumSet.of(Stage.mvp, Stage.revenue, Stage.growth), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.market_access, Need.funding, Need.technical), ProgramFormat.in_person, "Bamako",
                EnumSet.of(Language.fr), today.minusDays(3), today.plusDays(30), ProgramStatus.published, now);
        season.requiresIncorporation = true;
        season.seats = 8;
        questions(season, "Quel service d’Orange Mali votre solution pourrait-elle utiliser ?", "Votre site web ou une démonstration");
        season.rubric.get(0).name = "Potentiel de marché";
        Program women = program(fab, "Orange Fab — Femmes de la tech", "Un programme pour les startups dirigées par des "
                + "femmes : mentorat, réseau et visibilité.", "Huit semaines de mentorat et de mise en réseau pour les "
                + "fondatrices, avec une journée de démonstration devant les partenaires d’Orange.",
                EnumSet.noneOf(Sector.class), EnumSet.noneOf(Stage.class), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.mentoring, Need.network, Need.visibility), ProgramFormat.hybrid, "Bamako",
                EnumSet.of(Language.fr, Language.bm), today.minusDays(1), today.plusDays(12), ProgramStatus.published, now);
        women.womenOnly = true;

        program(pnp, "Plug and Play — Africa Expansion", "Un programme à distance pour les startups africaines qui "
                + "vendent déjà et veulent s’étendre.", "Mise en relation avec des entreprises partenaires et des "
                + "investisseurs, pour des startups qui ont des revenus.", EnumSet.of(Sector.fintech, Sector.logistics,
                Sector.ecommerce, Sector.healthtech), EnumSet.of(Stage.revenue, Stage.growth), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.market_access, Need.network, Need.funding), ProgramFormat.remote, null,
                EnumSet.of(Language.en), today.minusDays(20), today.plusDays(60), ProgramStatus.published, now);
        Program accel = program(google, "Google for Startups Accelerator: Africa", "Trois mois d’accompagnement technique "
                + "et de crédits cloud, sans prise de participation.", "Mentorat technique, crédits cloud et ateliers sur "
                + "la croissance, pour des startups numériques qui ont un produit.", EnumSet.of(Sector.ict, Sector.fintech,
                Sector.edtech, Sector.healthtech, Sector.agritech), EnumSet.of(Stage.mvp, Stage.revenue, Stage.growth),
                EnumSet.noneOf(Region.class), EnumSet.of(Need.cloud_credits, Need.technical, Need.mentoring),
                ProgramFormat.remote, null, EnumSet.of(Language.en), today.minusDays(15), today.plusDays(15),
                ProgramStatus.published, now);
        accel.equityPercent = BigDecimal.ZERO;
        program(donilab, "Incubation Donilab 2027", "Six mois d’incubation à Bamako pour passer de l’idée au prototype.",
                "Formation, espace de travail et suivi hebdomadaire pour les porteurs de projet de Bamako, Koulikoro "
                        + "et Ségou.", EnumSet.noneOf(Sector.class), EnumSet.of(Stage.idea, Stage.prototype),
                EnumSet.of(Region.bamako, Region.koulikoro, Region.segou), EnumSet.of(Need.training, Need.office_space,
                Need.mentoring), ProgramFormat.in_person, "Bamako", EnumSet.of(Language.fr, Language.bm),
                today.minusDays(7), today.plusDays(25), ProgramStatus.published, now);
        program(donilab, "Défi agricole du Sahel", "Un concours pour les solutions agricoles des régions de Sikasso, "
                + "Ségou, Mopti, Koutiala et Bougouni.", "Transformation des céréales, irrigation, stockage : "
                + "présentez votre solution aux coopératives et gagnez un accompagnement.",
                EnumSet.of(Sector.agritech, Sector.water), EnumSet.noneOf(Stage.class),
                EnumSet.of(Region.sikasso, Region.segou, Region.mopti, Region.koutiala, Region.bougouni),
                EnumSet.of(Need.funding, Need.market_access), ProgramFormat.hybrid, "Ségou", EnumSet.of(Language.fr,
                Language.bm), today.minusDays(2), today.plusDays(5), ProgramStatus.published, now);
        program(hub, "Impact Bamako — santé et eau", "Un programme pour les startups à impact dans la santé, l’eau et "
                + "l’énergie.", "Accompagnement de douze semaines, accès à l’espace de travail et aux partenaires "
                + "d’Impact Hub.", EnumSet.of(Sector.healthtech, Sector.water, Sector.cleantech),
                EnumSet.of(Stage.prototype, Stage.mvp, Stage.revenue), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.mentoring, Need.office_space, Need.network), ProgramFormat.hybrid, "Bamako",
                EnumSet.of(Language.fr), today.minusDays(12), today.plusDays(40), ProgramStatus.published, now);
        program(hub, "Diaspora Invest", "Pour les entrepreneurs de la diaspora qui créent au Mali.", "Édition "
                + "terminée.", EnumSet.noneOf(Sector.class), EnumSet.noneOf(Stage.class), EnumSet.of(Region.diaspora),
                EnumSet.of(Need.network, Need.legal), ProgramFormat.remote, null, EnumSet.of(Language.fr, Language.en),
                today.minusDays(120), today.minusDays(30), ProgramStatus.closed, now);
        Program cohort = program(corners, "Orange Corners Mali — cohorte 5", "Formation et financement de démarrage pour "
                + "les jeunes entrepreneurs.", "Cohorte terminée : la prochaine ouvrira bientôt.", EnumSet.noneOf(Sector.class),
                EnumSet.of(Stage.idea, Stage.prototype), EnumSet.noneOf(Region.class), EnumSet.of(Need.training, Need.funding),
                ProgramFormat.in_person, "Bamako", EnumSet.of(Language.fr), today.minusDays(90), today.minusDays(20),
                ProgramStatus.closed, now);
        cohort.minTeamSize = 2;
        Program tefProgram = program(tef, "Programme d’entrepreneuriat TEF 2027", "Formation en ligne, mentorat et "
                + "capital d’amorçage pour des entrepreneurs de toute l’Afrique.", "Douze semaines de formation, un "
                + "mentor, et un capital d’amorçage non remboursable pour les lauréats.", EnumSet.noneOf(Sector.class),
                EnumSet.of(Stage.idea, Stage.prototype, Stage.mvp, Stage.revenue), EnumSet.noneOf(Region.class),
                EnumSet.of(Need.funding, Need.training, Need.mentoring), ProgramFormat.remote, null,
                EnumSet.of(Language.fr, Language.en), today.plusDays(10), today.plusDays(70), ProgramStatus.published, now);
        tefProgram.fundingAmount = 3_000_000L;

        // Startups: the demo founders' own, then the ecosystem.
        Startup kene = startup("Kènè Bio", "Transformation de mangues et de karité en produits bio pour les marchés urbains.",
                "Kènè Bio achète les mangues et les amandes de karité à des coopératives de femmes autour de Bamako et les "
                        + "transforme en jus, confitures et beurre bio. Transformation de mangues séchées, emballage "
                        + "et vente aux supermarchés de Bamako.", EnumSet.of(Sector.agritech), Stage.mvp, Region.bamako,
                "Bamako", 5, true, false, true, Band.m1_10m, Band.lt_1m,
                EnumSet.of(Need.funding, Need.market_access, Need.mentoring), EnumSet.of(Language.fr, Language.bm), now);
        owner(kene, awa, now);
        Startup sugu = startup("Sugu Pay", "Le paiement mobile pour les commerçants des marchés de Ségou.",
                "Sugu Pay permet aux commerçants des marchés d’accepter les paiements mobiles et de suivre leurs ventes "
                        + "sur un téléphone simple. Crédit de fonds de roulement aux commerçants fidèles.",
                EnumSet.of(Sector.fintech), Stage.revenue, Region.segou, "Ségou", 8, false, true, true, Band.m10_50m,
                Band.m1_10m, EnumSet.of(Need.funding, Need.network, Need.cloud_credits), EnumSet.of(Language.fr, Language.en), now);
        owner(sugu, moussa, now);
        Consent.record(awa.id, Consent.STARTUP_PROFILE, Consent.STARTUP_PROFILE_VERSION, now);
        Consent.record(moussa.id, Consent.STARTUP_PROFILE, Consent.STARTUP_PROFILE_VERSION, now);

        List<Startup> ecosystem = new java.util.ArrayList<>();
        for (Object[] s : ECOSYSTEM) {
            ecosystem.add(startup((String) s[0], (String) s[1], (String) s[2], EnumSet.of((Sector) s[3]), (Stage) s[4],
                    (Region) s[5], (String) s[6], (Integer) s[7], (Boolean) s[8], (Boolean) s[9], (Boolean) s[10],
                    (Band) s[11], Band.none, EnumSet.copyOf((List<Need>) s[12]), EnumSet.of(Language.fr), now));
        }

        // Monitoring: Kènè Bio was accepted in the bootcamp 80 days ago (its first quarterly report is due in
        // 10 days); twelve ecosystem startups were accepted 13 months ago in the bootcamp and in Orange Corners'
        // cohort, and have sent a year of reports (two of them missed their last one).
        accepted(kene, bootcamp, ibrahim, today.minusDays(80), 0, now);
        for (int i = 0; i < 12 && i < ecosystem.size(); i++) {
            accepted(ecosystem.get(i), i % 2 == 0 ? bootcamp : cohort, ibrahim, today.minusMonths(13).plusDays(i), i < 10 ? 4 : 3,
                    now);
        }
    }

    /**
     * An accepted application of this startup, on that day, with the default quarterly reports of a
     * year; the first `sent` of them submitted, with figures that grow from one quarter to the next.
     */
    static void accepted(Startup startup, Program program, Account manager, LocalDate on, int sent, Instant now) {
        Instant decided = on.atStartOfDay(Dates.MALI).toInstant();
        ml.jigi.application.Application a = new ml.jigi.application.Application();
        a.startup = startup;
        a.program = program;
        a.status = ml.jigi.application.ApplicationStatus.accepted;
        a.submittedAt = decided.minusSeconds(30L * 24 * 3600);
        a.decidedAt = decided;
        a.decisionMessage = "Bienvenue dans la cohorte !";
        a.createdBy = manager.id;
        a.createdAt = a.submittedAt;
        a.updatedAt = decided;
        a.persist();
        List<LocalDate> dates = ml.jigi.monitoring.ReportingPlan.of(program.id).dueDates(on);
        int seed = startup.name.length();
        for (int k = 0; k < dates.size(); k++) {
            ml.jigi.monitoring.ProgressReport r = new ml.jigi.monitoring.ProgressReport();
            r.applicationId = a.id;
            r.programId = program.id;
            r.startupId = startup.id;
            r.acceptedOn = on;
            r.dueOn = dates.get(k);
            r.periodStart = ml.jigi.monitoring.ReportSchedule.periodStart(on, dates, r.dueOn);
            r.createdAt = now;
            r.updatedAt = now;
            if (k < sent) {
                r.state = ml.jigi.monitoring.ProgressReport.State.submitted;
                r.jobsTotal = 3 + seed % 4 + 2 * k;
                r.jobsWomen = (r.jobsTotal + seed % 2) / 2;
                r.jobsYouth = r.jobsTotal - 1;
                r.revenueBand = k < 2 ? Band.lt_1m : Band.m1_10m;
                r.fundingKind = k == 1 ? ml.jigi.monitoring.FundingKind.grant
                        : k == 3 && seed % 3 == 0 ? ml.jigi.monitoring.FundingKind.equity : ml.jigi.monitoring.FundingKind.none;
                r.fundingRaisedXof = r.fundingKind == ml.jigi.monitoring.FundingKind.none ? 0L
                        : r.fundingKind == ml.jigi.monitoring.FundingKind.grant ? 2_500_000L : 15_000_000L;
                r.customers = 20 * (k + 1) + seed;
                r.milestone = k == 0 ? "Premiers clients payants" : k == 2 ? "Partenariat avec une coopérative" : null;
                r.submittedAt = r.dueOn.minusDays(2).atStartOfDay(Dates.MALI).toInstant();
            }
            r.persist();
        }
    }

    /** name, tagline, description, sector, stage, region, city, team, women-led, youth-led, incorporated, revenue, needs */
    static final Object[][] ECOSYSTEM = {
        {"Jiji Santé", "Téléconsultation par téléphone pour les centres de santé ruraux.", "Un médecin répond par téléphone aux agents de santé des villages.", Sector.healthtech, Stage.mvp, Region.mopti, "Mopti", 6, true, false, true, Band.lt_1m, List.of(Need.funding, Need.technical)},
        {"Kalan Ko", "Cours de mathématiques en bambara sur téléphone.", "Des leçons audio et des exercices par SMS pour les collégiens.", Sector.edtech, Stage.prototype, Region.bamako, "Bamako", 3, false, true, false, Band.none, List.of(Need.mentoring, Need.training)},
        {"Solaire Dugu", "Kits solaires payables par mobile pour les foyers ruraux.", "Location-vente de kits solaires avec paiement mobile hebdomadaire.", Sector.cleantech, Stage.revenue, Region.sikasso, "Sikasso", 12, false, false, true, Band.m10_50m, List.of(Need.funding, Need.market_access)},
        {"Ji Bɛna", "Capteurs de niveau d’eau pour les forages villageois.", "Des capteurs alertent les mairies quand un forage tombe en panne.", Sector.water, Stage.prototype, Region.koulikoro, "Kati", 4, false, true, false, Band.none, List.of(Need.technical, Need.funding)},
        {"Sahel Express", "Livraison de colis entre les villes du Mali.", "Un réseau de transporteurs suivis par application, de Kayes à Gao.", Sector.logistics, Stage.revenue, Region.kayes, "Kayes", 15, false, false, true, Band.m10_50m, List.of(Need.funding, Need.network)},
        {"Dɔnko Market", "La place de marché en ligne de l’artisanat malien.", "Bogolan, bijoux et maroquinerie vendus en ligne au Mali et dans la diaspora.", Sector.crafts, Stage.mvp, Region.bamako, "Bamako", 4, true, true, false, Band.lt_1m, List.of(Need.market_access, Need.visibility)},
        {"Tombouctou Tours", "Réservation de séjours culturels dans le nord du Mali.", "Guides locaux, hébergements et circuits réservés en ligne.", Sector.tourism, Stage.idea, Region.tombouctou, "Tombouctou", 2, false, true, false, Band.none, List.of(Need.training, Need.mentoring)},
        {"Mali Médias Lab", "Une rédaction vidéo pour les jeunes, en français et en bambara.", "Des vidéos courtes d’information diffusées sur les réseaux sociaux.", Sector.media, Stage.revenue, Region.bamako, "Bamako", 9, true, true, true, Band.m1_10m, List.of(Need.funding, Need.visibility)},
        {"E-Mairie", "Les actes d’état civil demandés en ligne.", "Une plateforme pour demander et suivre les actes d’état civil à la mairie.", Sector.govtech, Stage.prototype, Region.segou, "San", 5, false, false, true, Band.none, List.of(Need.network, Need.legal)},
        {"Fɔlɔ Data", "Hébergement cloud et développement d’applications à Bamako.", "Une équipe de développeurs qui construit et héberge les applications des PME.", Sector.ict, Stage.growth, Region.bamako, "Bamako", 25, false, false, true, Band.m50_250m, List.of(Need.cloud_credits, Need.market_access)},
        {"Mangue d’Or", "Séchage solaire de mangues à Sikasso.", "Des séchoirs solaires pour transformer les mangues invendues en produits secs.", Sector.agritech, Stage.revenue, Region.sikasso, "Sikasso", 10, true, false, true, Band.m1_10m, List.of(Need.funding, Need.market_access)},
        {"Riz du Delta", "Décorticage et vente de riz local de l’Office du Niger.", "Une mini-rizerie et une marque de riz local pour les familles de Ségou.", Sector.agritech, Stage.mvp, Region.segou, "Niono", 7, false, false, true, Band.lt_1m, List.of(Need.funding, Need.technical)},
        {"Gao Agri Services", "Conseil agricole par SMS pour les maraîchers de Gao.", "Prévisions météo et conseils de culture envoyés par SMS.", Sector.agritech, Stage.prototype, Region.gao, "Gao", 3, false, true, false, Band.none, List.of(Need.mentoring, Need.funding)},
        {"Tɔgɔ Assurance", "Micro-assurance santé payée par mobile.", "Une assurance santé à quelques centaines de francs par semaine.", Sector.fintech, Stage.mvp, Region.bamako, "Bamako", 6, true, false, true, Band.lt_1m, List.of(Need.legal, Need.funding)},
        {"Baara Jobs", "Petites annonces d’emploi pour les jeunes diplômés.", "Offres d’emploi et de stage, et préparation aux entretiens.", Sector.ict, Stage.mvp, Region.koulikoro, "Koulikoro", 4, false, true, false, Band.none, List.of(Need.visibility, Need.network)},
        {"Diaspora Send", "Transferts d’argent de la diaspora vers les familles.", "Des transferts moins chers de France et d’Espagne vers le Mali.", Sector.fintech, Stage.revenue, Region.diaspora, "Paris", 11, false, false, true, Band.m10_50m, List.of(Need.legal, Need.network)},
        {"Kayes Lait", "Collecte et pasteurisation du lait des éleveurs de Kayes.", "Un centre de collecte qui paie les éleveurs par mobile.", Sector.agritech, Stage.revenue, Region.kayes, "Kayes", 9, true, false, true, Band.m1_10m, List.of(Need.funding, Need.technical)},
        {"Mopti Pêche", "Glace solaire pour conserver le poisson du fleuve.", "Des machines à glace solaires louées aux pêcheurs de Mopti.", Sector.cleantech, Stage.prototype, Region.mopti, "Mopti", 3, false, true, false, Band.none, List.of(Need.funding, Need.technical)},
        {"Lakɔli", "Gestion des écoles privées : notes, paiements, parents.", "Un logiciel simple pour les écoles, utilisable sur téléphone.", Sector.edtech, Stage.revenue, Region.bamako, "Bamako", 8, false, false, true, Band.m1_10m, List.of(Need.market_access, Need.cloud_credits)},
        {"Sira Transport", "Réservation de places de bus interurbains.", "Les compagnies de bus vendent leurs places par application et USSD.", Sector.logistics, Stage.mvp, Region.segou, "Ségou", 5, false, true, false, Band.lt_1m, List.of(Need.network, Need.funding)},
        {"Kita Karité", "Beurre de karité bio certifié pour l’export.", "Une coopérative de productrices de Kita qui exporte son beurre de karité.", Sector.agritech, Stage.growth, Region.kita, "Kita", 30, true, false, true, Band.m50_250m, List.of(Need.market_access, Need.legal)},
        {"Bandiagara Art", "Visites virtuelles et vente d’art du pays dogon.", "Des artistes du pays dogon vendent leurs œuvres en ligne.", Sector.crafts, Stage.idea, Region.bandiagara, "Bandiagara", 2, false, true, false, Band.none, List.of(Need.visibility, Need.training)},
        {"Santé Mère", "Suivi de grossesse par SMS en bambara.", "Rappels de consultations prénatales et conseils envoyés aux femmes enceintes.", Sector.healthtech, Stage.revenue, Region.koutiala, "Koutiala", 7, true, false, true, Band.lt_1m, List.of(Need.funding, Need.network)},
        {"Eau Pure Nara", "Purification d’eau à bas coût pour les villages.", "Des filtres fabriqués localement et vendus par des revendeuses.", Sector.water, Stage.mvp, Region.nara, "Nara", 4, true, true, false, Band.lt_1m, List.of(Need.funding, Need.market_access)},
        {"Bougouni Coton", "Traçabilité du coton biologique.", "Les producteurs enregistrent leurs récoltes pour la certification.", Sector.agritech, Stage.prototype, Region.bougouni, "Bougouni", 3, false, false, false, Band.none, List.of(Need.technical, Need.mentoring)},
        {"Dioïla Digital", "Formations au numérique pour les jeunes ruraux.", "Des formations au code et à la bureautique dans les villages.", Sector.edtech, Stage.mvp, Region.dioila, "Dioïla", 5, true, true, false, Band.none, List.of(Need.funding, Need.office_space)},
        {"Nioro Commerce", "Gestion de stock sur mobile pour les boutiques.", "Les boutiquiers suivent leur stock et commandent à leurs grossistes.", Sector.ecommerce, Stage.mvp, Region.nioro, "Nioro du Sahel", 3, false, true, false, Band.lt_1m, List.of(Need.technical, Need.market_access)},
        {"Ménaka Solidaire", "Distribution de vivres suivie par téléphone.", "Les ONG suivent la distribution de vivres avec les comités locaux.", Sector.govtech, Stage.idea, Region.menaka, "Ménaka", 2, false, false, false, Band.none, List.of(Need.mentoring, Need.network)},
        {"Kidal Connect", "Accès internet par satellite pour les écoles.", "Des points d’accès internet partagés dans les écoles de Kidal.", Sector.ict, Stage.prototype, Region.kidal, "Kidal", 3, false, true, false, Band.none, List.of(Need.funding, Need.technical)},
        {"Douentza Bétail", "Marché du bétail en ligne pour les éleveurs.", "Les éleveurs publient leurs animaux et négocient avec les acheteurs.", Sector.ecommerce, Stage.idea, Region.douentza, "Douentza", 2, false, true, false, Band.none, List.of(Need.training, Need.market_access)},
        {"Taoudénit Sel", "Commerce équitable du sel de Taoudénit.", "Une filière de sel gemme tracée jusqu’aux acheteurs.", Sector.other, Stage.idea, Region.taoudenit, "Taoudénit", 2, false, false, false, Band.none, List.of(Need.network, Need.legal)},
        {"San Bogolan Studio", "Mode contemporaine en bogolan.", "Une marque de vêtements qui travaille avec des teinturières de San.", Sector.crafts, Stage.revenue, Region.san, "San", 6, true, true, true, Band.m1_10m, List.of(Need.visibility, Need.market_access)},
    };

    static Account account(String subject, String username, String name, String email, Instant now) {
        Account account = Account.findBySubject(subject).orElse(null);
        if (account != null) {
            return account;
        }
        account = new Account();
        account.keycloakSubject = subject;
        account.username = username;
        account.displayName = name;
        account.email = email;
        account.createdAt = now;
        account.lastSeenAt = now;
        account.persist();
        return account;
    }

    static Organization org(String name, OrganizationKind kind, String country, String website, String description,
            boolean verified, Instant now) {
        Organization org = new Organization();
        org.name = name;
        org.slug = ml.jigi.web.Slugs.of(name);
        org.kind = kind;
        org.country = country;
        org.website = website;
        org.description = description;
        org.verified = verified;
        org.demo = true;
        org.moderationStatus = ModerationStatus.approved;
        org.createdAt = now;
        org.updatedAt = now;
        org.persist();
        return org;
    }

    static void manage(Organization org, Account manager, Instant now) {
        OrganizationManager.of(org.id, manager.id, now).persist();
    }

    static Program program(Organization org, String title, String summary, String description, EnumSet<Sector> sectors,
            EnumSet<Stage> stages, EnumSet<Region> regions, EnumSet<Need> offers, ProgramFormat format, String city,
            EnumSet<Language> languages, LocalDate opensAt, LocalDate deadline, ProgramStatus status, Instant now) {
        Program p = new Program();
        p.organization = org;
        p.title = title;
        p.slug = ml.jigi.web.Slugs.of(title);
        p.summary = summary;
        p.description = description;
        p.sectors = sectors;
        p.stages = stages;
        p.regions = regions;
        p.offers = offers;
        p.format = format;
        p.city = city;
        p.languages = languages;
        p.opensAt = opensAt;
        p.deadline = deadline;
        p.status = status;
        p.demo = true;
        p.createdAt = now;
        p.updatedAt = now;
        p.publishedAt = status == ProgramStatus.draft ? null : now;
        RubricCriterion team = criterion(p, "Équipe", 2, 10);
        RubricCriterion product = criterion(p, "Produit et traction", 2, 20);
        RubricCriterion impact = criterion(p, "Impact au Mali", 1, 30);
        p.rubric.addAll(List.of(team, product, impact));
        p.persist();
        return p;
    }

    static RubricCriterion criterion(Program p, String name, int weight, int position) {
        RubricCriterion c = new RubricCriterion();
        c.program = p;
        c.name = name;
        c.weight = weight;
        c.maxScore = 5;
        c.position = position;
        return c;
    }

    static void questions(Program p, String longQuestion, String shortQuestion) {
        ProgramQuestion a = new ProgramQuestion();
        a.program = p;
        a.label = longQuestion;
        a.type = QuestionType.long_text;
        a.required = true;
        a.position = 10;
        ProgramQuestion b = new ProgramQuestion();
        b.program = p;
        b.label = shortQuestion;
        b.type = QuestionType.short_text;
        b.required = false;
        b.position = 20;
        p.questions.add(a);
        p.questions.add(b);
    }

    static Startup startup(String name, String tagline, String description, EnumSet<Sector> sectors, Stage stage,
            Region region, String city, int team, boolean womenLed, boolean youthLed, boolean incorporated, Band revenue,
            Band funding, EnumSet<Need> needs, EnumSet<Language> languages, Instant now) {
        Startup s = new Startup();
        s.name = name;
        s.slug = ml.jigi.web.Slugs.of(name);
        s.tagline = tagline;
        s.description = description;
        s.sectors = sectors;
        s.stage = stage;
        s.region = region;
        s.city = city;
        s.teamSize = team;
        s.womenLed = womenLed;
        s.youthLed = youthLed;
        s.incorporated = incorporated;
        s.revenueBand = revenue;
        s.fundingBand = funding;
        s.needs = needs;
        s.languages = languages;
        s.visibility = Visibility.visible;
        s.moderationStatus = ModerationStatus.approved;
        s.approvedAt = now;
        s.demo = true;
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        return s;
    }

    static void owner(Startup startup, Account account, Instant now) {
        StartupOwner.of(startup.id, account.id, now).persist();
    }
}
