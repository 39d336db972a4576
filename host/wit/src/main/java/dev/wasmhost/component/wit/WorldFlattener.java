package dev.wasmhost.component.wit;

import dev.wasmhost.component.wit.Resolver.Ctx;
import dev.wasmhost.component.wit.Resolver.Placed;
import dev.wasmhost.component.wit.Syntax.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splices {@code include}d worlds into the including one, applying {@code with} renames, so the
 * included items are resolved as if written in the including world.
 */
final class WorldFlattener {
  /** One member to resolve; {@code name} is the (possibly renamed) name of a named extern. */
  record Entry(WorldMember member, Ctx ctx, String name) {}

  private final Resolver resolver;

  WorldFlattener(Resolver resolver) {
    this.resolver = resolver;
  }

  List<Entry> flatten(Placed<WorldDecl> placed, PackageName pkg, Pos from, Set<String> stack) {
    String key = pkg + "#" + placed.decl().name();
    if (!stack.add(key)) {
      List<String> cycle = new ArrayList<>(stack);
      cycle = cycle.subList(cycle.indexOf(key), cycle.size());
      throw new WitException(from.at("world '" + placed.decl().name() + "' includes itself ("
          + String.join(" -> ", cycle) + " -> " + key + "); break the cycle"));
    }
    List<Entry> out = new ArrayList<>();
    for (WorldMember m : placed.decl().members()) {
      if (m instanceof Include inc) {
        Placed<WorldDecl> inner = resolver.worldDecl(inc.path(), placed.ctx());
        List<Entry> sub = flatten(inner, inner.ctx().pkg(), inc.pos(), stack);
        out.addAll(rename(sub, inc, inner.decl().name()));
      } else {
        out.add(new Entry(m, placed.ctx(), externName(m)));
      }
    }
    stack.remove(key);
    return out;
  }

  private static List<Entry> rename(List<Entry> entries, Include inc, String world) {
    Map<String, IncludeName> renames = new LinkedHashMap<>();
    for (IncludeName r : inc.renames()) {
      if (renames.put(r.from(), r) != null) {
        throw new WitException(r.pos().at("'" + r.from() + "' is renamed twice"));
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      IncludeName r = e.name() == null ? null : renames.remove(e.name());
      out.add(r == null ? e : new Entry(e.member(), e.ctx(), r.to()));
    }
    if (!renames.isEmpty()) {
      IncludeName r = renames.values().iterator().next();
      throw new WitException(r.pos().at("world '" + world + "' has no import or export named '"
          + r.from() + "' to rename"));
    }
    return out;
  }

  private static String externName(WorldMember m) {
    if (m instanceof Extern x) {
      return switch (x.kind()) {
        case ExternFunc f -> f.name();
        case ExternInline i -> i.name();
        case ExternPath p -> null;
      };
    }
    return null;
  }
}
