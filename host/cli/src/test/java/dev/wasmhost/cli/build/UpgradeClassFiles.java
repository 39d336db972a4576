package dev.wasmhost.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (host/cli's pom runs it after shading): rewrites the class files in wasmhost.jar
 * that are older than Java 6 as Java 8 class files with stack map frames.
 *
 * <p>Why: picocli ships Java 5 class files (version 49). The JVM never puts such classes in a
 * class-data-sharing or AOT cache, and verifies them with the old type-inferring verifier, so
 * every {@code wasmhost} start loaded and verified about 200 picocli classes from the jar: about
 * half of a hello world's wall time. Rewritten as version 52 with frames, they are archived like
 * the rest. The bytecode itself is unchanged; a class whose code cannot be given frames (one
 * using {@code jsr}/{@code ret}) is left as it was.
 *
 * <p>Usage: {@code UpgradeClassFiles JAR}; rewrites the jar in place and prints one line.
 */
public final class UpgradeClassFiles {
    private static final int OLDEST_KEPT = Opcodes.V1_6;

    private UpgradeClassFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: UpgradeClassFiles JAR");
        }
        Path jar = Path.of(args[0]);
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), ".upgrade-", ".jar");
        int upgraded = 0;
        int kept = 0;
        try (JarFile in = new JarFile(jar.toFile());
                URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                OutputStream file = Files.newOutputStream(tmp);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && classVersion(bytes) < OLDEST_KEPT) {
                    byte[] rewritten = upgrade(bytes, hierarchy);
                    if (rewritten != null) {
                        bytes = rewritten;
                        upgraded++;
                    } else {
                        kept++;
                    }
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("UpgradeClassFiles: " + upgraded + " class files rewritten as Java 8 in " + jar
                + (kept > 0 ? " (" + kept + " kept as they were: jsr/ret)" : ""));
    }

    /** The major version: bytes 6-7 of a class file. */
    static int classVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as version 52 with computed frames, or null when its code cannot have frames. */
    static byte[] upgrade(byte[] classFile, ClassLoader hierarchy) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        ClassVisitor bump = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        };
        try {
            // EXPAND_FRAMES is not needed (there are none to read); SKIP_FRAMES drops nothing here.
            reader.accept(bump, 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            // ASM refuses jsr/ret with COMPUTE_FRAMES (and a Java 8 class may not use them).
            return null;
        }
    }
}
