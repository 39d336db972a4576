package dev.wasmhost.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UpgradeClassFilesTest {
    /** Loads picocli's classes from the test class path, each rewritten by UpgradeClassFiles. */
    private static final class Upgrading extends ClassLoader {
        int upgraded;

        Upgrading() {
            super(UpgradeClassFilesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("picocli.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> known = findLoadedClass(name);
                if (known != null) {
                    return known;
                }
                byte[] original = bytesOf(name);
                assertThat(UpgradeClassFiles.classVersion(original)).as(name).isLessThan(50);
                byte[] rewritten = UpgradeClassFiles.upgrade(original, getParent());
                assertThat(rewritten).as(name).isNotNull();
                assertThat(UpgradeClassFiles.classVersion(rewritten)).isEqualTo(52);
                upgraded++;
                return defineClass(name, rewritten, 0, rewritten.length);
            }
        }

        private byte[] bytesOf(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    @Test
    void picocliStillParsesACommandLineAfterItsClassesAreRewritten() throws Exception {
        var loader = new Upgrading();
        // A whole parse through the rewritten classes: the new verifier checks every method that
        // runs against the computed frames, so wrong frames fail here with a VerifyError.
        Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
        Class<?> spec = Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader);
        Class<?> option = Class.forName("picocli.CommandLine$Model$OptionSpec", true, loader);
        Object command = spec.getMethod("create").invoke(null);
        Object builder = option.getMethod("builder", String.class, String[].class)
                .invoke(null, "--dir", new String[0]);
        var arity = builder.getClass().getMethod("arity", String.class);
        arity.setAccessible(true); // declared by a package-private superclass
        arity.invoke(builder, "1");
        var build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        Object dir = build.invoke(builder);
        spec.getMethod("addOption", option).invoke(command, dir);
        Object cli = commandLine.getConstructor(Object.class).newInstance(command);
        Object result = commandLine.getMethod("parseArgs", String[].class)
                .invoke(cli, (Object) new String[] {"--dir", "/tmp"});
        Object value = result.getClass().getMethod("matchedOptionValue", String.class, Object.class)
                .invoke(result, "--dir", "none");
        assertThat(value).isEqualTo("/tmp");
        assertThat(loader.upgraded).isGreaterThan(20);
    }
}
