package io.kairos.infra.deploy;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** The version this build makes: the parent version of {@code infra/pom.xml}, which it inherits. */
final class ProjectVersion {

    private ProjectVersion() {
    }

    static String current() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element parent = (Element) project.getElementsByTagName("parent").item(0);
        return parent.getElementsByTagName("version").item(0).getTextContent().trim();
    }
}
