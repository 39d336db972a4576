package dev.wasmhost.component.bindgen;

import dev.wasmhost.component.wit.Interface;
import dev.wasmhost.component.wit.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Generates every Java file of one WIT interface. */
final class InterfaceGenerator {
  private final TypeEmitter typeEmitter;
  private final HostEmitter hostEmitter;
  private final CodecEmitter codecEmitter;
  private final AdapterEmitter adapterEmitter;
  private final ProxyEmitter proxyEmitter;

  InterfaceGenerator(String basePackage) {
    JavaNames names = new JavaNames(basePackage);
    JavaTypes types = new JavaTypes(names);
    Signatures signatures = new Signatures(types);
    Conversions conversions = new Conversions(names, types);
    typeEmitter = new TypeEmitter(names, types, signatures);
    hostEmitter = new HostEmitter(names, signatures);
    codecEmitter = new CodecEmitter(names, conversions);
    adapterEmitter = new AdapterEmitter(names, types, conversions);
    proxyEmitter = new ProxyEmitter(names, conversions, signatures);
  }

  /** Everything for an interface: any interface may be imported (served) or exported (called). */
  List<GeneratedFile> generate(Interface iface) {
    return generate(iface, iface, iface);
  }

  /**
   * Types of {@code iface}; Host and Adapter over the functions of {@code served}; Proxy over
   * those of {@code called}. A world serves its imports and calls its exports.
   */
  List<GeneratedFile> generate(Interface iface, Interface served, Interface called) {
    try {
      return files(iface, served, called);
    } catch (BindgenException e) {
      throw new BindgenException(iface.qualifiedName() + ": " + e.getMessage(), e);
    }
  }

  private List<GeneratedFile> files(Interface iface, Interface served, Interface called) {
    // Types declared here; names brought in with `use` stay with the interface that declares them.
    List<TypeDef> own = new ArrayList<>();
    List<TypeDef> resources = new ArrayList<>();
    for (TypeDef def : iface.types().values()) {
      if (def.owner().equals(iface.owner()) && !(def.kind() instanceof TypeDef.Alias)) {
        own.add(def);
        if (def.kind() instanceof TypeDef.Resource) {
          resources.add(def);
        }
      }
    }
    List<GeneratedFile> out = new ArrayList<>();
    for (TypeDef def : own) {
      out.add(typeEmitter.emit(iface, def));
    }
    if (CodecEmitter.needsCodec(own)) {
      out.add(codecEmitter.emit(iface, own));
    }
    out.add(hostEmitter.emit(served));
    out.add(adapterEmitter.emit(served));
    out.add(proxyEmitter.emit(called, resources));
    Set<String> seen = new HashSet<>();
    for (GeneratedFile f : out) {
      if (!seen.add(f.simpleName())) {
        throw new BindgenException("two generated classes are named " + f.className()
            + " (a WIT type clashes with a generated Host/Adapter/Proxy/Codec class); rename the type");
      }
    }
    return out;
  }
}
