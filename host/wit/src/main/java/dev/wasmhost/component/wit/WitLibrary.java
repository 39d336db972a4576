package dev.wasmhost.component.wit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The WIT packages this host serves: the repository's {@code wit/} folder (package {@code wasmhost:host} with the
 * WASI 0.2 packages under {@code deps/}), bundled into the jar so that a running host needs no files beside it.
 */
public final class WitLibrary {
  private static final String ROOT = "/dev/wasmhost/wit/host.wit";
  private static volatile Resolution host;

  private WitLibrary() {}

  /** The resolved {@code wasmhost:host} package and everything it depends on. */
  public static Resolution host() {
    Resolution r = host;
    if (r == null) {
      synchronized (WitLibrary.class) {
        r = host;
        if (r == null) {
          r = WitResolver.resolveDirectory(folder());
          host = r;
        }
      }
    }
    return r;
  }

  /** A world of {@code wasmhost:host}, e.g. {@code command}. */
  public static World world(String name) {
    World w = host().root().worlds().get(name);
    if (w == null) {
      throw new WitException("wasmhost:host has no world '" + name + "'; it has " + host().root().worlds().keySet());
    }
    return w;
  }

  private static Path folder() {
    URL url = WitLibrary.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the bundled WIT (" + ROOT + ") is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          // another caller opened the jar already; Path.of finds it
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
