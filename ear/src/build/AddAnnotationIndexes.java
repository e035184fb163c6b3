import org.jboss.jandex.Index;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Gives every archive in the EAR the annotation index WildFly would otherwise build at every start
 * ({@code META-INF/jandex.idx}; for a WAR's classes {@code WEB-INF/classes/META-INF/jandex.idx}). WildFly
 * reads such an index instead of indexing the archive's classes, which for the portal's libraries
 * (BouncyCastle, POI, Camunda's FEEL engine, ...) took most of the deployment's scanning time.
 *
 * <p>The index is made as WildFly makes it (its {@code ResourceRootIndexer}): every {@code .class} entry, a
 * class that cannot be read left out, with the Jandex version the server ships. An archive that already
 * has an index keeps its own. Run by the ear module's build after the EAR is packed:
 * {@code java -cp jandex.jar AddAnnotationIndexes.java <ear>}.
 */
public final class AddAnnotationIndexes {

    private static final String INDEX = "META-INF/jandex.idx";
    private static final String WAR_CLASSES = "WEB-INF/classes/";

    public static void main(String[] args) throws IOException {
        Path ear = Path.of(args[0]);
        byte[] indexed = rewrite(Files.readAllBytes(ear), true);
        Path written = Files.write(ear.resolveSibling(ear.getFileName() + ".indexed"), indexed);
        Files.move(written, ear, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The archive with an index added to each nested archive (and, in a WAR, to its classes). */
    private static byte[] rewrite(byte[] archive, boolean nested) throws IOException {
        Indexer warClasses = new Indexer();
        boolean hasClasses = false;
        boolean hasClassesIndex = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream(archive.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String name = entry.getName();
                if (nested && !entry.isDirectory() && (name.endsWith(".jar") || name.endsWith(".war"))) {
                    content = name.endsWith(".war") ? rewrite(content, true) : withIndex(content);
                } else if (name.startsWith(WAR_CLASSES) && name.endsWith(".class")) {
                    hasClasses = true;
                    index(warClasses, content);
                }
                hasClassesIndex |= name.equals(WAR_CLASSES + INDEX);
                put(zip, name, content, entry);
            }
            if (hasClasses && !hasClassesIndex) {
                put(zip, WAR_CLASSES + INDEX, written(warClasses.complete()), null);
            }
        }
        return out.toByteArray();
    }

    /** The jar with its own index added, or as it is when it has one. */
    private static byte[] withIndex(byte[] jar) throws IOException {
        Indexer indexer = new Indexer();
        ByteArrayOutputStream out = new ByteArrayOutputStream(jar.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(INDEX)) {
                    return jar;
                }
                if (entry.getName().endsWith(".class")) {
                    index(indexer, content);
                }
                put(zip, entry.getName(), content, entry);
            }
            put(zip, INDEX, written(indexer.complete()), null);
        }
        return out.toByteArray();
    }

    private static void index(Indexer indexer, byte[] classFile) {
        try (InputStream in = new ByteArrayInputStream(classFile)) {
            indexer.index(in);
        } catch (IOException | RuntimeException e) {
            // as WildFly: a class the indexer cannot read stays out of the index
        }
    }

    private static byte[] written(Index index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new IndexWriter(bytes).write(index);
        return bytes.toByteArray();
    }

    /** Writes an entry as the original was written (stored or deflated, its time); a new one deflated. */
    private static void put(ZipOutputStream zip, String name, byte[] content, ZipEntry original) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (original != null) {
            entry.setTime(original.getTime());
        }
        if (original != null && original.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
