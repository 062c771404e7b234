package ml.jigi.code;

import ml.jigi.code.Region;
/** Mali's regions and the Bamako district, plus the diaspora (DESIGN §4). */
public enum Region {
    bamako, kayes, koulikoro, sikasso, segou, mopti, tombouctou, gao, kidal, taoudenit, menaka, nioro, kita, dioila, nara,
    bougouni, koutiala, san, douentza, bandiagara, diaspora
}
