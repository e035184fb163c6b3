package nl.dictu.tvs.portal.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.junit.jupiter.api.Test;

/** The OIN read straight from the DER of a subject is BouncyCastle's reading, or left to it. */
class PlainNameAttributeTest {

    private static final byte[] SERIAL_NUMBER = {0x55, 0x04, 0x05};

    @Test
    void shouldReadAPlainOinAsBouncyCastleDoes() throws IOException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "NL").addRDN(BCStyle.O, "Gemeente Utrecht")
                .addRDN(BCStyle.SERIALNUMBER, "00000001002220647000").addRDN(BCStyle.CN, "metadata.utrecht.nl").build();

        assertThat(PlainNameAttribute.first(name.getEncoded(), SERIAL_NUMBER))
                .isEqualTo(new PlainNameAttribute.Answer(true, Optional.of("00000001002220647000")));
        assertThat(bouncyCastle(name)).contains("00000001002220647000");
    }

    @Test
    void shouldSayANameWithoutSerialNumberHasNone() throws IOException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "NL").addRDN(BCStyle.CN, "zonder").build();

        assertThat(PlainNameAttribute.first(name.getEncoded(), SERIAL_NUMBER))
                .isEqualTo(new PlainNameAttribute.Answer(true, Optional.empty()));
        assertThat(bouncyCastle(name)).isEmpty();
    }

    @Test
    void shouldTakeTheFirstOfTwoSerialNumbersAsBouncyCastleDoes() throws IOException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SERIALNUMBER, "00000001002220647000")
                .addRDN(BCStyle.SERIALNUMBER, "00000099123456789000").build();

        assertThat(PlainNameAttribute.first(name.getEncoded(), SERIAL_NUMBER).value()).isEqualTo(bouncyCastle(name));
    }

    @Test
    void shouldLeaveEveryValueThatNeedsMoreThanItsBytesToTheFullReading() throws IOException {
        X500Name escaped = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SERIALNUMBER, "0000 0001,+").build();
        X500Name multiValued = new X500Name(new RDN[] {new RDN(new AttributeTypeAndValue[] {
                new AttributeTypeAndValue(BCStyle.CN, new DERUTF8String("x")),
                new AttributeTypeAndValue(BCStyle.SERIALNUMBER, new DERUTF8String("00000001002220647000"))})});
        X500Name teletex = new X500Name(new RDN[] {new RDN(BCStyle.SERIALNUMBER, (ASN1Encodable) new DERT61String("00000001002220647000"))});

        for (X500Name name : new X500Name[] {escaped, multiValued, teletex}) {
            assertThat(PlainNameAttribute.first(name.getEncoded(), SERIAL_NUMBER).decided()).as(name.toString()).isFalse();
        }
    }

    @Test
    void shouldLeaveBrokenDerToTheFullReading() throws IOException {
        byte[] der = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.SERIALNUMBER, "00000001002220647000").build().getEncoded();
        byte[] truncated = java.util.Arrays.copyOf(der, der.length - 3);

        assertThat(PlainNameAttribute.first(truncated, SERIAL_NUMBER).decided()).isFalse();
        assertThat(PlainNameAttribute.first(new byte[] {0x30}, SERIAL_NUMBER).decided()).isFalse();
    }

    private static Optional<String> bouncyCastle(X500Name name) {
        RDN[] rdns = name.getRDNs(BCStyle.SERIALNUMBER);
        return rdns.length == 0 ? Optional.empty() : Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
