package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UploadTest {

    static Upload of(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new Upload("x", bytes, false);
    }

    @Test
    void recognisesTheAcceptedFormatsByTheirFirstBytes() {
        assertEquals(Upload.PNG, of(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0).sniff());
        assertEquals(Upload.JPEG, of(0xff, 0xd8, 0xff, 0xe0).sniff());
        assertEquals(Upload.WEBP, of('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V').sniff());
        assertEquals(Upload.PDF, of('%', 'P', 'D', 'F', '-', '1', '.', '7').sniff());
    }

    @Test
    void anythingElseIsUnknown() {
        assertNull(of().sniff());
        assertNull(of('G', 'I', 'F', '8', '9', 'a').sniff());
        assertNull(of('<', 's', 'v', 'g').sniff());
        assertNull(of('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E').sniff());
        assertNull(of('P', 'K', 3, 4).sniff(), "a .docx or a zip renamed .pdf");
    }

    @Test
    void keepsOnlyTheBaseNameOfTheFile() {
        assertEquals("deck.pdf", Upload.cleanName("C:\\Users\\awa\\deck.pdf"));
        assertEquals("evil.pdf", Upload.cleanName("../../etc/evil.pdf"));
        assertEquals("ab.pdf", Upload.cleanName("a\"b.pdf"));
    }
}
