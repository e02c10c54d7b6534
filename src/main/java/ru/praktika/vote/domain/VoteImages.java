package ru.praktika.vote.domain;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;

/**
 * Checks the image of an option by its content: PNG or JPEG by their signatures (shared {@link FileTypes}), SVG as
 * well-formed XML whose root is {@code <svg>}, without a DOCTYPE (no entities), without scripts, foreign objects,
 * embedded frames, event handlers ({@code on…}) or links outside the picture. Anything else is refused, not cleaned:
 * the secretariat redraws a doubtful file rather than the platform guessing what it meant. At most 2 MB.
 */
final class VoteImages {

    static final String SVG = "image/svg+xml";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Set<String> FORBIDDEN = Set.of(
            "script",
            "foreignobject",
            "iframe",
            "embed",
            "object",
            "handler",
            "listener",
            "animate",
            "set",
            "animatemotion",
            "animatetransform");

    private VoteImages() {}

    /** The content type of an acceptable image, or a Russian 400 saying what is wrong. */
    static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("Выберите файл изображения: PNG, JPG или SVG");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("Изображение больше 2 МБ; уменьшите его");
        }
        Optional<String> type = FileTypes.recognise(content);
        if (type.isPresent() && (type.get().equals(FileTypes.PNG) || type.get().equals(FileTypes.JPEG))) {
            return type.get();
        }
        if (type.isEmpty() && safeSvg(content)) {
            return SVG;
        }
        throw new InvalidRequestException("Изображение варианта — файл PNG, JPG или SVG без скриптов и внешних ссылок");
    }

    static boolean safeSvg(byte[] content) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(new ByteArrayInputStream(content));
            Element root = doc.getDocumentElement();
            return "svg".equals(root.getLocalName()) && clean(root);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean clean(Element e) {
        String name = (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()).toLowerCase(Locale.ROOT);
        if (FORBIDDEN.contains(name)) {
            return false;
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String attr = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getNodeValue().strip().toLowerCase(Locale.ROOT);
            if (attr.startsWith("on")) {
                return false;
            }
            if ((attr.equals("href") || attr.equals("src")) && !value.startsWith("#")) {
                return false;
            }
            if (value.contains("javascript:") || value.contains("url(http") || value.contains("url(//")) {
                return false;
            }
        }
        if (name.equals("style")
                && e.getTextContent()
                        .toLowerCase(Locale.ROOT)
                        .matches("(?s).*(@import|url\\(\\s*['\"]?(https?:|//)).*")) {
            return false;
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && !clean(child)) {
                return false;
            }
        }
        return true;
    }
}
