package dev.wasmhost.component.link;

import java.util.Optional;

/**
 * The version rule for matching an imported interface against a host implementation: same major and minor for
 * 0.x versions, same major otherwise; an unversioned name matches only an unversioned one.
 */
record Semver(int major, int minor, int patch, String rest) implements Comparable<Semver> {
  static Optional<Semver> parse(String version) {
    String core = version;
    String rest = "";
    int cut = indexOfAny(version, '-', '+');
    if (cut >= 0) {
      core = version.substring(0, cut);
      rest = version.substring(cut);
    }
    String[] parts = core.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Semver(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
          Integer.parseInt(parts[2]), rest));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether an import of {@code wanted} may be served by an implementation of {@code offered}. */
  static boolean compatible(Optional<String> wanted, Optional<String> offered) {
    if (wanted.isEmpty() || offered.isEmpty()) {
      return wanted.isEmpty() && offered.isEmpty();
    }
    if (wanted.get().equals(offered.get())) {
      return true;
    }
    Optional<Semver> w = parse(wanted.get());
    Optional<Semver> o = parse(offered.get());
    if (w.isEmpty() || o.isEmpty() || !w.get().rest.isEmpty() || !o.get().rest.isEmpty()) {
      return false; // pre-releases match only exactly
    }
    Semver a = w.get();
    Semver b = o.get();
    return a.major == b.major && (a.major != 0 || a.minor == b.minor);
  }

  @Override
  public int compareTo(Semver o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, o.patch);
    }
    return c;
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }
}
