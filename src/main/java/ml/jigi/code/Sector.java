package ml.jigi.code;

import ml.jigi.code.Sector;
/** Sectors (DESIGN §4). Constants are the codes used by forms, the import, the API and the database. */
public enum Sector {
    agritech, fintech, healthtech, edtech, cleantech, ecommerce, logistics, govtech, media, tourism, crafts, water, ict, other
}
