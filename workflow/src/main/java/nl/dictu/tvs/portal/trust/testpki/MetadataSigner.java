package nl.dictu.tvs.portal.trust.testpki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.utils.XMLUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Signs metadata the way TVS expects: one enveloped signature as the root's first child, exclusive c14n,
 * RSA-SHA256, SHA-256 digest, Reference to {@code #<root ID>}, KeyInfo with the signing certificate.
 */
public final class MetadataSigner {

    static {
        org.apache.xml.security.Init.init();
    }

    private MetadataSigner() {
    }

    public static String sign(String unsignedXml, IssuedCertificate signer) {
        return sign(unsignedXml, signer.privateKey(), signer.certificate());
    }

    /** Signs with the given key; {@code keyInfoCertificate} goes into KeyInfo (null: no KeyInfo). */
    public static String sign(String unsignedXml, PrivateKey key, X509Certificate keyInfoCertificate) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(unsignedXml.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            root.setIdAttributeNS(null, "ID", true);
            XMLSignature signature = new XMLSignature(document, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
                    Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            root.insertBefore(signature.getElement(), root.getFirstChild());
            Transforms transforms = new Transforms(document);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + root.getAttributeNS(null, "ID"), transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
            if (keyInfoCertificate != null) {
                signature.addKeyInfo(keyInfoCertificate);
            }
            signature.sign(key);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLUtils.outputDOM(document, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (ParserConfigurationException | SAXException | IOException | XMLSecurityException e) {
            throw new IllegalStateException("Signing test metadata failed", e);
        }
    }
}
