package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The test's one-time codes are RFC 6238's (the test vector of its appendix B, SHA-1, last 6 digits). */
class TotpTest {

    @Test
    void matchesTheRfcTestVectors() {
        assertEquals("287082", Totp.code("12345678901234567890", 59 / 30));
        assertEquals("081804", Totp.code("12345678901234567890", 1111111109L / 30));
        assertEquals("005924", Totp.code("12345678901234567890", 1234567890L / 30));
    }
}
