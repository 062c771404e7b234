package ml.jigi.code;

import ml.jigi.code.Need;
/** What a startup needs and, with the same codes, what a program offers (DESIGN §4). */
public enum Need {
    funding, mentoring, training, market_access, network, office_space, technical, legal, cloud_credits, visibility
}
