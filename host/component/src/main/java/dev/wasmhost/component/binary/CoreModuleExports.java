package dev.wasmhost.component.binary;

import dev.wasmhost.component.binary.Scope.Info;
import dev.wasmhost.component.binary.Scope.Member;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads just the export section of a core module, so that core export aliases can be checked by name and
 * sort. The core module itself is validated by the engine, so a malformed one yields "exports unknown" here.
 */
final class CoreModuleExports {
  private CoreModuleExports() {}

  static Map<String, Member> read(byte[] module) {
    try {
      Reader r = new Reader(module, 8, module.length);
      while (!r.atEnd()) {
        int id = r.u8("section id");
        int size = r.u32("section size");
        Reader s = r.sub(size, "section");
        if (id == 7) {
          Map<String, Member> out = new LinkedHashMap<>();
          int n = s.count("export");
          for (int i = 0; i < n; i++) {
            String name = s.name("export name");
            Sort sort = Sort.core(s.u8("export kind"));
            s.u32("export index");
            if (sort == null || sort.code() > 0x04) {
              return null;
            }
            out.put(name, new Member(sort, Info.UNKNOWN));
          }
          return out;
        }
      }
      return Map.of();
    } catch (ComponentFormatException e) {
      return null; // the engine reports malformed core modules with its own message
    }
  }
}
