package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Function;
import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.Package;
import dev.wasmhost.component.wit.Resolution;
import dev.wasmhost.component.wit.TypeDef;
import dev.wasmhost.component.wit.TypeOwner;
import dev.wasmhost.component.wit.WitException;
import dev.wasmhost.component.wit.WitResolver;
import dev.wasmhost.component.wit.World;
import dev.wasmhost.component.wit.WorldItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates Java bindings from WIT: for every interface, its types, a {@code <Iface>Host}
 * interface to implement, a {@code <Iface>Adapter} that serves a host implementation as dynamic
 * canonical-ABI functions, and a {@code <Iface>Proxy} that calls the interface when a component
 * exports it. See {@link JavaNames} and {@link JavaTypes} for how names and types map.
 *
 * <pre>{@code
 * WitBindgen.generate(Path.of("wit"), Path.of("target/generated-sources/wit"),
 *     WitBindgen.Options.defaults());
 * }</pre>
 *
 * <p>From the command line (or Maven's exec plugin):
 * {@code WitBindgen <wit dir or file> <output dir> [--package BASE] [--interface ns:pkg/iface]...}
 */
public final class WitBindgen {
  /** The default root of generated packages. */
  public static final String DEFAULT_PACKAGE = "dev.wasmhost.wit";

  private WitBindgen() {}

  /**
   * What to generate.
   *
   * @param basePackage the Java package generated packages go under
   * @param interfaces versionless interface or world ids to generate ({@code wasi:io/streams});
   *     empty means every interface and world of every resolved package
   */
  public record Options(String basePackage, Set<String> interfaces) {
    public Options {
      if (basePackage == null || !basePackage.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
        throw new BindgenException("base package '" + basePackage
            + "' is not a lower-case Java package name such as dev.wasmhost.wit");
      }
      interfaces = Set.copyOf(interfaces);
    }

    public static Options defaults() {
      return new Options(DEFAULT_PACKAGE, Set.of());
    }

    public Options withBasePackage(String pkg) {
      return new Options(pkg, interfaces);
    }

    public Options withInterfaces(Set<String> ids) {
      return new Options(basePackage, ids);
    }
  }

  /**
   * Generates sources for a resolved WIT model, without writing them: every named interface, and
   * for each world with functions or types of its own a {@code <World>Host}/{@code Adapter}/
   * {@code Proxy} over those, plus its inline {@code interface { }} items.
   */
  public static List<GeneratedFile> generate(Resolution wit, Options options) {
    InterfaceGenerator generator = new InterfaceGenerator(options.basePackage());
    List<GeneratedFile> out = new ArrayList<>();
    Set<String> found = new java.util.HashSet<>();
    for (Package pkg : wit.packages()) {
      for (Interface iface : pkg.interfaces().values()) {
        String id = pkg.name().unversioned() + "/" + iface.name();
        if (options.interfaces().isEmpty() || options.interfaces().contains(id)) {
          found.add(id);
          out.addAll(generator.generate(iface));
        }
      }
      for (World world : pkg.worlds().values()) {
        String id = pkg.name().unversioned() + "/" + world.name();
        if (options.interfaces().isEmpty() || options.interfaces().contains(id)) {
          found.add(id);
          out.addAll(worldFiles(generator, world));
        }
      }
    }
    for (String wanted : options.interfaces()) {
      if (!found.contains(wanted)) {
        throw new BindgenException("interface or world '" + wanted + "' is not in the WIT given;"
            + " write it as namespace:package/name, e.g. wasi:io/streams");
      }
    }
    return out;
  }

  private static List<GeneratedFile> worldFiles(InterfaceGenerator generator, World world) {
    List<GeneratedFile> out = new ArrayList<>();
    Map<String, TypeDef> types = new LinkedHashMap<>();
    List<Map<String, Function>> functions = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
    List<Map<String, WorldItem>> sides = List.of(world.imports(), world.exports());
    for (int side = 0; side < 2; side++) {
      for (WorldItem item : sides.get(side).values()) {
        switch (item) {
          case WorldItem.InterfaceItem i when i.inline() -> out.addAll(generator.generate(i.iface()));
          case WorldItem.FunctionItem f ->
              functions.get(side).put(f.function().canonicalName(), f.function());
          case WorldItem.TypeItem t -> types.put(t.type().name(), t.type());
          default -> { }
        }
      }
    }
    boolean ownTypes = types.values().stream().anyMatch(t -> !(t.kind() instanceof TypeDef.Alias));
    if (ownTypes || !functions.get(0).isEmpty() || !functions.get(1).isEmpty()) {
      // A world's own types and functions get the files of an interface: the host serves the
      // functions the world imports and calls, through the proxy, the ones it exports.
      TypeOwner owner = new TypeOwner.OfWorld(world.pkg(), world.name());
      Interface imports = new Interface(world.name(), owner, world.docs(), world.gate(), types,
          functions.get(0));
      Interface exports = new Interface(world.name(), owner, world.docs(), world.gate(), types,
          functions.get(1));
      out.addAll(generator.generate(imports, imports, exports));
    }
    return out;
  }

  /**
   * Resolves {@code wit} (a directory with an optional {@code deps/}, or one {@code .wit} file),
   * generates the bindings and writes them under {@code outDir}. Returns the files written.
   */
  public static List<Path> generate(Path wit, Path outDir, Options options) {
    Resolution resolution = Files.isDirectory(wit)
        ? WitResolver.resolveDirectory(wit) : WitResolver.resolveFile(wit);
    List<Path> written = new ArrayList<>();
    for (GeneratedFile f : generate(resolution, options)) {
      Path path = f.path(outDir);
      try {
        Files.createDirectories(path.getParent());
        byte[] bytes = f.source().getBytes(StandardCharsets.UTF_8);
        // Leave unchanged files alone so incremental compilers see nothing to do.
        if (!Files.exists(path) || !java.util.Arrays.equals(Files.readAllBytes(path), bytes)) {
          Files.write(path, bytes);
        }
      } catch (IOException e) {
        throw new BindgenException(path + ": cannot write generated source (" + e.getMessage()
            + "); check the output directory", e);
      }
      written.add(path);
    }
    return written;
  }

  /** {@code WitBindgen <wit dir or file> <output dir> [--package BASE] [--interface ID]...}. */
  public static void main(String[] args) {
    try {
      List<Path> written = run(args);
      System.out.println("wasmhost bindgen: wrote " + written.size() + " files");
    } catch (BindgenException | WitException e) {
      System.err.println("wasmhost bindgen: " + e.getMessage());
      System.exit(2);
    }
  }

  static List<Path> run(String[] args) {
    List<String> positional = new ArrayList<>();
    Options options = Options.defaults();
    Set<String> interfaces = new java.util.LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--package" -> options = options.withBasePackage(value(args, ++i, "--package"));
        case "--interface" -> interfaces.add(value(args, ++i, "--interface"));
        default -> {
          if (args[i].startsWith("--")) {
            throw new BindgenException("unknown option " + args[i]
                + "; use --package BASE or --interface ns:pkg/iface");
          }
          positional.add(args[i]);
        }
      }
    }
    if (positional.size() != 2) {
      throw new BindgenException("usage: WitBindgen <wit dir or file> <output dir>"
          + " [--package BASE] [--interface ns:pkg/iface]...");
    }
    return generate(Path.of(positional.get(0)), Path.of(positional.get(1)),
        options.withInterfaces(interfaces));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new BindgenException(option + " needs a value");
    }
    return args[i];
  }
}
