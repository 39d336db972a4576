package dev.wasmhost.component.binary;

import java.util.List;
import java.util.Optional;

/** One section of a component, in binary order. Sections of the same kind may repeat and interleave. */
public sealed interface Section {
  /** Section id byte. */
  int id();

  /** Custom section (id 0), e.g. {@code component-name} or {@code producers}; payload kept verbatim. */
  record Custom(String name, Bytes payload) implements Section {
    public int id() {
      return 0;
    }
  }

  /** A core module (id 1), kept as raw bytes; {@code offset} is where it starts in the outermost binary. */
  record CoreModule(Bytes bytes, int offset) implements Section, Definition {
    public int id() {
      return 1;
    }

    @Override
    public boolean equals(Object o) {
      // The offset is where it was found, not part of what it is.
      return o instanceof CoreModule m && m.bytes.equals(bytes);
    }

    @Override
    public int hashCode() {
      return bytes.hashCode();
    }
  }

  record CoreInstances(List<CoreInstance> instances) implements Section {
    public int id() {
      return 2;
    }
  }

  record CoreTypes(List<CoreType> types) implements Section {
    public int id() {
      return 3;
    }
  }

  record NestedComponent(Component component) implements Section, Definition {
    public int id() {
      return 4;
    }
  }

  record Instances(List<Instance> instances) implements Section {
    public int id() {
      return 5;
    }
  }

  record Aliases(List<Alias> aliases) implements Section {
    public int id() {
      return 6;
    }
  }

  record Types(List<DefType> types) implements Section {
    public int id() {
      return 7;
    }
  }

  record Canons(List<Canon> canons) implements Section {
    public int id() {
      return 8;
    }
  }

  /** {@code (start f (value arg)* (result (value))^results)}. */
  record Start(int func, List<Integer> args, int results) implements Section, Definition {
    public int id() {
      return 9;
    }
  }

  record Imports(List<Import> imports) implements Section {
    public int id() {
      return 10;
    }
  }

  record Exports(List<Export> exports) implements Section {
    public int id() {
      return 11;
    }
  }

  record Values(List<Value> values) implements Section {
    public int id() {
      return 12;
    }
  }

  record Import(ExternName name, ExternType type) implements Definition {}

  /** An export; it also adds a new index to {@code sort} that aliases the exported definition. */
  record Export(ExternName name, Sort sort, int index, Optional<ExternType> type) implements Definition {}

  /** A value definition; {@code encoding} is the {@code val(t)} bytes, not decoded further. */
  record Value(ValType type, Bytes encoding) implements Definition {}
}
