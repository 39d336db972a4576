package dev.wasmhost.component.build;

import dev.wasmhost.component.binary.Alias;
import dev.wasmhost.component.binary.Bytes;
import dev.wasmhost.component.binary.Canon;
import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.CoreInstance;
import dev.wasmhost.component.binary.DefType;
import dev.wasmhost.component.binary.ExternName;
import dev.wasmhost.component.binary.ExternType;
import dev.wasmhost.component.binary.Instance;
import dev.wasmhost.component.binary.Section;
import dev.wasmhost.component.binary.Sort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A component under construction: sections in order, and the next index of every sort. */
final class Assembly {
  private final List<Section> sections = new ArrayList<>();
  private final Map<Sort, Integer> next = new EnumMap<>(Sort.class);

  private int take(Sort sort) {
    int index = next.getOrDefault(sort, 0);
    next.put(sort, index + 1);
    return index;
  }

  int type(DefType type) {
    sections.add(new Section.Types(List.of(type)));
    return take(Sort.TYPE);
  }

  int importInstance(String name, int instanceType) {
    sections.add(new Section.Imports(List.of(new Section.Import(ExternName.of(name), new ExternType.Instance(instanceType)))));
    return take(Sort.INSTANCE);
  }

  /** Imports {@code name} of {@code type}, adding an index of the type's sort. */
  int importExtern(String name, ExternType type) {
    sections.add(new Section.Imports(List.of(new Section.Import(ExternName.of(name), type))));
    return take(type.sort());
  }

  int nestedComponent(Component component) {
    sections.add(new Section.NestedComponent(component));
    return take(Sort.COMPONENT);
  }

  int instantiate(int component, List<Instance.Arg> args) {
    sections.add(new Section.Instances(List.of(new Instance.Instantiate(component, args))));
    return take(Sort.INSTANCE);
  }

  int aliasExport(Sort sort, int instance, String name) {
    sections.add(new Section.Aliases(List.of(new Alias.InstanceExport(sort, instance, name))));
    return take(sort);
  }

  int aliasCoreExport(Sort sort, int coreInstance, String name) {
    sections.add(new Section.Aliases(List.of(new Alias.CoreInstanceExport(sort, coreInstance, name))));
    return take(sort);
  }

  int coreModule(byte[] module) {
    sections.add(new Section.CoreModule(Bytes.copyOf(module), 0));
    return take(Sort.CORE_MODULE);
  }

  int instantiateCore(int module, List<CoreInstance.Arg> args) {
    sections.add(new Section.CoreInstances(List.of(new CoreInstance.Instantiate(module, args))));
    return take(Sort.CORE_INSTANCE);
  }

  int coreInstance(List<CoreInstance.InlineExport> exports) {
    sections.add(new Section.CoreInstances(List.of(new CoreInstance.FromExports(exports))));
    return take(Sort.CORE_INSTANCE);
  }

  int canon(Canon canon) {
    sections.add(new Section.Canons(List.of(canon)));
    return take(canon.definedSort());
  }

  int instance(List<Instance.InlineExport> exports) {
    sections.add(new Section.Instances(List.of(new Instance.FromExports(exports))));
    return take(Sort.INSTANCE);
  }

  int export(String name, Sort sort, int index) {
    return export(name, sort, index, Optional.empty());
  }

  /** Exports an item, optionally ascribing it a type; the export adds a new index of its sort. */
  int export(String name, Sort sort, int index, Optional<ExternType> type) {
    sections.add(new Section.Exports(List.of(new Section.Export(ExternName.of(name), sort, index, type))));
    return take(sort);
  }

  Component component() {
    return new Component(List.copyOf(sections));
  }
}
