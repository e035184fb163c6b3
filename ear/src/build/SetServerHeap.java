import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives the provisioned server the portal's default heap: the line of {@code bin/standalone.conf} that sets
 * {@code JBOSS_JAVA_SIZING} when the environment does not. WildFly's own default (512 MB at most) is too small
 * for the portal on its embedded H2 at volume: at 100,000 applications the old generation stayed full and the
 * server spent its time collecting garbage. An operator's {@code JBOSS_JAVA_SIZING} still wins
 * (docs/operations/configuration.md). Run by the ear module's build after each provisioning:
 * {@code java SetServerHeap.java <server>/bin/standalone.conf "<sizing>"}. Fails when WildFly's line is not
 * there, so that an upgrade that changes it is noticed; a file that already has the portal's line is left alone.
 */
public final class SetServerHeap {

    private static final String WILDFLY_DEFAULT = "JBOSS_JAVA_SIZING=\"-Xms64m -Xmx512m\"";

    public static void main(String[] args) throws IOException {
        Path conf = Path.of(args[0]);
        String portalDefault = "JBOSS_JAVA_SIZING=\"" + args[1] + "\"";
        String text = Files.readString(conf, StandardCharsets.UTF_8);
        if (text.contains(portalDefault)) {
            return;
        }
        int at = text.indexOf(WILDFLY_DEFAULT);
        if (at < 0 || text.indexOf(WILDFLY_DEFAULT, at + 1) >= 0) {
            throw new IllegalStateException(conf + " does not set " + WILDFLY_DEFAULT + " exactly once: see how this"
                    + " WildFly sizes its heap and change SetServerHeap.java");
        }
        Files.writeString(conf, text.replace(WILDFLY_DEFAULT, portalDefault), StandardCharsets.UTF_8);
    }
}
