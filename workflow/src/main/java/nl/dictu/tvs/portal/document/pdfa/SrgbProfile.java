package nl.dictu.tvs.portal.document.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * The sRGB ICC profile for the output intent, taken from the JDK (no file to ship or licence to
 * track) and kept, since building it is not free.
 */
final class SrgbProfile {

    static final String IDENTIFIER = "sRGB IEC61966-2.1";

    private static final byte[] DATA = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private SrgbProfile() {
    }

    static byte[] data() {
        return DATA.clone();
    }
}
