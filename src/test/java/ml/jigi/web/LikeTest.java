package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsTypedByAVisitorAreTakenLiterally() {
        assertEquals("%karité%", Like.containing("karité"));
        assertEquals("%100\\%\\_sûr\\\\%", Like.containing("100%_sûr\\"));
    }
}
