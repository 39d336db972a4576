package dev.wasmhost.component.bindgen;

import java.nio.file.Path;

/**
 * One generated Java compilation unit.
 *
 * @param packageName the Java package, e.g. {@code dev.wasmhost.wit.wasi.io.streams}
 * @param simpleName the top-level class name, e.g. {@code StreamsHost}
 * @param source the complete source text
 */
public record GeneratedFile(String packageName, String simpleName, String source) {
  /** The fully qualified class name. */
  public String className() {
    return packageName + "." + simpleName;
  }

  /** Where the file goes under a source root. */
  public Path path(Path sourceRoot) {
    return sourceRoot.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
  }
}
