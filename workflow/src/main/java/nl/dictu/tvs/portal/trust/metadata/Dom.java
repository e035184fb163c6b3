package nl.dictu.tvs.portal.trust.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers that only ever look below a given element (never a document-wide lookup by ID). */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && is(element, namespace, localName)) {
                result.add(element);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Element> descendants(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        collect(parent, namespace, localName, result);
        return result;
    }

    static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** The attribute's value, or empty when it is absent (DOM returns "" for both). */
    static Optional<String> attribute(Element element, String name) {
        // One look-up, not hasAttributeNS and then getAttributeNS: the rules ask this of every endpoint of every entity.
        Attr attribute = element.getAttributeNodeNS(null, name);
        return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
    }

    private static void collect(Element parent, String namespace, String localName, List<Element> result) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (is(element, namespace, localName)) {
                    result.add(element);
                }
                collect(element, namespace, localName, result);
            }
        }
    }
}
