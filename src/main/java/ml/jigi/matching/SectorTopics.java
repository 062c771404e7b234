package ml.jigi.matching;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import ml.jigi.code.Sector;

/**
 * What a program open to all sectors is about, read from its own words. Many programs do not restrict
 * sectors but are plainly about one field — an energy foundation's call "open to all sectors" for
 * solar-powered mills and cold rooms, a public-health challenge, a cultural institute's programme —
 * and a founder in another field gains little from them.
 * <p>
 * Each sector has a short list of words in French and English (below, general vocabulary, not any
 * program's text), analyzed as the texts are; words that mean something else in a call for
 * applications are left out ("ferme" is also "closed", "wells" also "as well", "administration",
 * "design", "voyage", "vidéo", "banque" for a bank's foundation). A program's text votes, once per
 * distinct word, for the sectors whose words it uses; the sectors with at least {@link #MIN_VOTES}
 * votes and at least a third ({@link #RATIO}) of the votes of the first are its topics. A program of
 * general entrepreneurship uses too few of them to have one.
 */
public final class SectorTopics {

    static final int MIN_VOTES = 2;
    static final int RATIO = 3;

    private static final Map<Sector, String[]> WORDS = new EnumMap<>(Sector.class);

    static {
        WORDS.put(Sector.agritech, new String[] {
            "agriculture agricole agricoles agriculteur agriculteurs paysan paysans élevage éleveurs bétail récolte "
                    + "récoltes semences céréales riz mil maïs maraîchage maraîchers pêche pisciculture engrais "
                    + "agroalimentaire agro-alimentaire filières",
            "agriculture farming farmer farmers livestock harvest crops seeds agrifood farm farms fisheries"});
        WORDS.put(Sector.fintech, new String[] {
            "paiement paiements bancaire bancarisation assurance microassurance microfinance épargne fintech",
            "payment payments banking insurance microfinance savings remittances fintech wallet"});
        WORDS.put(Sector.healthtech, new String[] {
            "santé sanitaire médical médicale médicaux médecin médecins soins clinique cliniques hôpital hôpitaux "
                    + "maternelle maternité nutrition médicaments pharmacie pharmacies patients infirmiers",
            "health healthcare medical doctors clinic clinics hospital hospitals maternal nutrition medicines pharmacy "
                    + "patients nurses"});
        WORDS.put(Sector.edtech, new String[] {
            "éducation éducatif éducative école écoles élèves enseignants enseignement scolaire alphabétisation",
            "education educational school schools pupils teachers teaching literacy"});
        WORDS.put(Sector.cleantech, new String[] {
            "énergie énergies énergétique solaire électricité électrique renouvelable renouvelables climat climatique "
                    + "carbone recyclage déchets environnement environnemental",
            "energy solar electricity electric renewable renewables climate carbon recycling waste environment "
                    + "environmental"});
        WORDS.put(Sector.ecommerce, new String[] {
            "ecommerce marketplace marketplaces boutique boutiques",
            "ecommerce marketplace marketplaces shop shops retail"});
        WORDS.put(Sector.logistics, new String[] {
            "logistique livraison livraisons transport transporteurs fret entrepôt entrepôts coursiers",
            "logistics delivery deliveries transport freight warehouse warehouses couriers shipping"});
        WORDS.put(Sector.govtech, new String[] {
            "civique civiques citoyen citoyens citoyenne gouvernance collectivités mairies",
            "civic citizen citizens e-government governance municipalities"});
        WORDS.put(Sector.media, new String[] {
            "média médias journalisme presse radio radios télévision musique cinéma film films audiovisuel "
                    + "culturel culturelle culturelles créatif créatives artistes",
            "media journalism press radio television music cinema film films audiovisual cultural creative artists"});
        WORDS.put(Sector.tourism, new String[] {
            "tourisme touristique touristiques voyageurs hôtel hôtels hôtellerie patrimoine",
            "tourism tourist tourists travellers hotel hotels hospitality heritage"});
        WORDS.put(Sector.crafts, new String[] {
            "artisanat artisan artisans artisanale tissage bogolan textile couture mode bijoux maroquinerie poterie",
            "crafts craft artisan artisans weaving textile fashion jewellery leather pottery"});
        WORDS.put(Sector.water, new String[] {
            "eau potable assainissement hygiène forage forages puits irrigation",
            "water sanitation hygiene borehole boreholes irrigation"});
        WORDS.put(Sector.ict, new String[] {
            "logiciel logiciels informatique développeurs données cybersécurité télécom télécoms numérique",
            "software developers data cybersecurity telecom telecoms digital"});
    }

    /** Analyzed word → the sectors it votes for. */
    private static final Map<String, Integer> VOTES = new HashMap<>();

    static {
        for (Map.Entry<Sector, String[]> e : WORDS.entrySet()) {
            int bit = 1 << e.getKey().ordinal();
            for (String term : TextSimilarity.terms(TextSimilarity.FRENCH, e.getValue()[0]).keySet()) {
                VOTES.merge(term, bit, (a, b) -> a | b);
            }
            for (String term : TextSimilarity.terms(TextSimilarity.ENGLISH, e.getValue()[1]).keySet()) {
                VOTES.merge(term, bit, (a, b) -> a | b);
            }
        }
    }

    private SectorTopics() {
    }

    /** The sectors a program's text (its analyzed terms and their counts) is about, as bits; 0 for none. */
    public static int of(Map<String, Integer> terms) {
        int[] votes = new int[Sector.values().length];
        for (String term : terms.keySet()) { // each distinct word once: one repeated word is no topic
            Integer sectors = VOTES.get(term);
            if (sectors != null) {
                for (int i = 0; i < votes.length; i++) {
                    if ((sectors & (1 << i)) != 0) {
                        votes[i]++;
                    }
                }
            }
        }
        int top = 0;
        for (int v : votes) {
            top = Math.max(top, v);
        }
        int bits = 0;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] >= MIN_VOTES && votes[i] * RATIO >= top) {
                bits |= 1 << i;
            }
        }
        return bits;
    }
}
