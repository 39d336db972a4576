package dev.wasmhost.component.bindgen;

import static dev.wasmhost.component.bindgen.runtime.Values.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.abi.Value;
import dev.wasmhost.component.bindgen.runtime.Resources;
import dev.wasmhost.component.bindgen.runtime.Result;
import dev.wasmhost.wit.wasmhost.bindgen_test.app.AppAdapter;
import dev.wasmhost.wit.wasmhost.bindgen_test.app.AppHost;
import dev.wasmhost.wit.wasmhost.bindgen_test.app.AppProxy;
import dev.wasmhost.wit.wasmhost.bindgen_test.app.Entry;
import dev.wasmhost.wit.wasmhost.bindgen_test.app.settings.SettingsAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A world's own functions: imports are served through AppHost, exports called through AppProxy. */
class WorldBindingsTest {
  @Test
  void importedWorldFunctionIsServedByTheWorldHost() {
    List<String> logged = new ArrayList<>();
    AppHost host = (message, entries) -> logged.add(message + " " + entries);
    var functions = AppAdapter.functions(host, new Resources());
    assertThat(functions.keySet()).containsExactly("log");
    Optional<Value> out = functions.get("log").apply(List.of(string("hi"),
        list(List.of(1, 2), i -> record(string("k" + i), u32(i)))));
    assertThat(out).isEmpty();
    assertThat(logged).containsExactly(
        "hi " + List.of(new Entry("k1", 1), new Entry("k2", 2)));
  }

  @Test
  void exportedWorldFunctionIsCalledThroughTheWorldProxy() {
    List<String> calls = new ArrayList<>();
    AppProxy proxy = new AppProxy((name, args) -> {
      calls.add(name + " " + args);
      int count = asList(args.get(0), v -> asString(v)).size();
      return Optional.of(result(Result.ok(count), n -> u32(n), null));
    }, new Resources());
    assertThat(proxy.run(List.of("a", "b", "c"))).isEqualTo(Result.ok(3));
    assertThat(calls).hasSize(1).allMatch(c -> c.startsWith("run "));
  }

  @Test
  void inlineWorldInterfaceGetsItsOwnPackage() {
    var functions = SettingsAdapter.functions(
        key -> key.equals("mode") ? Optional.of("fast") : Optional.empty(), new Resources());
    assertThat(functions.get("get").apply(List.of(string("mode"))))
        .contains(option(Optional.of("fast"), s -> string(s)));
    assertThat(functions.get("get").apply(List.of(string("other"))))
        .contains(option(Optional.<String>empty(), s -> string(s)));
    assertThat(Map.copyOf(functions)).hasSize(1);
  }
}
