package nl.dictu.tvs.portal.web.view;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @Test
    void shouldDrawACodeThatAScannerReadsBackAsTheAddress() throws Exception {
        String address = "otpauth://totp/TVS%20Aansluitportaal:rosa.reiziger%40voorbeeldstad.nl?secret="
                + "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=TVS%20Aansluitportaal&algorithm=SHA1&digits=6&period=30";

        String svg = QrCodeSvg.of(address, "QR-code");

        assertThat(decode(svg)).isEqualTo(address);
    }

    @Test
    void shouldEscapeTheLabel() {
        assertThat(QrCodeSvg.of("otpauth://totp/x?secret=AAAA", "a \"b\" <c> & d"))
                .contains("aria-label=\"a &quot;b&quot; &lt;c&gt; &amp; d\"").doesNotContain("<c>");
    }

    /** Paints the SVG's modules into pixels, as a phone camera would see the page, and reads them with ZXing's scanner. */
    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1)) * SCALE;
        int height = Integer.parseInt(box.group(2)) * SCALE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y + dy) * width + x, (y + dy) * width + x + SCALE, 0x000000);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }
}
