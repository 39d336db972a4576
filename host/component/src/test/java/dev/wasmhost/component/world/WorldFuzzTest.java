package dev.wasmhost.component.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wasmhost.component.binary.Component;
import dev.wasmhost.component.binary.ComponentDecoder;
import dev.wasmhost.component.binary.ComponentFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates small real components (10,000 cases, time-bounded): whatever the decoder accepts, reading its world
 * and writing it as WIT must work, never throw.
 */
class WorldFuzzTest {
  private static final long SEED = 0x0f_a11_17eL;
  private static final int CASES = 10_000;
  private static final long BUDGET_NANOS = 30_000_000_000L;
  private static final Path BUILT = Path.of("../../conformance/components/wasm");

  @Test
  void worldsOfMutatedComponentsAreReadWithoutErrors() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : new String[] {"hello-command.wasm", "p2-direct.wasm", "p2-exports.wasm"}) {
      seeds.add(Files.readAllBytes(BUILT.resolve(name)));
    }
    Random random = new Random(SEED);
    List<String> unexpected = new ArrayList<>();
    int decoded = 0;
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int run = 0;
    for (; run < CASES && System.nanoTime() < deadline; run++) {
      byte[] base = seeds.get(random.nextInt(seeds.size()));
      byte[] mutant = base.clone();
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = 8 + random.nextInt(mutant.length - 8);
        mutant[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (mutant[at] ^ (1 << random.nextInt(8)));
      }
      Component component;
      try {
        component = ComponentDecoder.decode(mutant);
      } catch (ComponentFormatException rejected) {
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        unexpected.add("case " + run + ": decoder: " + e);
        continue;
      }
      decoded++;
      try {
        ComponentWorld world = ComponentWorld.of(component);
        assertThat(world.toWit()).startsWith("package root:component;");
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        unexpected.add("case " + run + ": world: " + e);
      }
    }
    System.out.printf("world fuzz: %d cases, %d decoded (seed %x)%n", run, decoded, SEED);
    assertThat(unexpected).isEmpty();
    assertThat(decoded).isPositive();
  }
}
