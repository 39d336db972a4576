package dev.wasmhost.component.binary;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code component-type[:world]} custom section that bindings generators put into core modules (and
 * sometimes components) to carry the WIT world; its payload is itself a component binary describing the types.
 *
 * <pre>{@code
 * for (Component world : ComponentTypeSection.inCoreModule(coreBytes)) { ... }
 * }</pre>
 */
public final class ComponentTypeSection {
  public static final String NAME_PREFIX = "component-type";

  private ComponentTypeSection() {}

  public static boolean isComponentType(Section.Custom section) {
    return section.name().equals(NAME_PREFIX) || section.name().startsWith(NAME_PREFIX + ":");
  }

  /** Decodes the payload; offsets in errors are relative to the payload. */
  public static Component decode(Section.Custom section) {
    return ComponentDecoder.decode(section.payload().unsafeArray());
  }

  /**
   * Finds and decodes every {@code component-type} custom section of a core module. Only section headers
   * are read; the module's code is not decoded.
   */
  public static List<Component> inCoreModule(byte[] module) {
    if (WasmBinary.kind(module) != WasmBinary.Kind.CORE_MODULE) {
      throw Reader.fail(0, "not a core WebAssembly module (expected \\0asm 01 00 00 00)");
    }
    List<Component> out = new ArrayList<>();
    Reader r = new Reader(module, 8, module.length);
    while (!r.atEnd()) {
      int id = r.u8("section id");
      int size = r.u32("section size");
      Reader s = r.sub(size, "section " + id);
      if (id == 0) {
        String name = s.name("custom section name");
        Section.Custom c = new Section.Custom(name, Bytes.wrap(s.take(s.remaining(), "custom section")));
        if (isComponentType(c)) {
          int payloadAt = s.pos() - c.payload().length();
          try {
            out.add(decode(c));
          } catch (ComponentFormatException e) {
            throw Reader.fail(payloadAt + e.offset(), "in custom section \"" + name + "\": "
                + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
          }
        }
      }
    }
    return out;
  }
}
