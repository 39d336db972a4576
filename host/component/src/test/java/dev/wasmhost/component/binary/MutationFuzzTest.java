package dev.wasmhost.component.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates bytes of real and model-built components: the decoder must either decode or throw a
 * {@link ComponentFormatException}: never another exception, never a hang.
 */
class MutationFuzzTest {
  private static final long SEED = 0x5eed_c0deL;
  private static final int CASES = 2_000;
  private static final long BUDGET_NANOS = 20_000_000_000L;

  @Test
  void mutatedComponentsDecodeOrFailCleanly() {
    List<byte[]> seeds = List.of(
        ComponentEncoder.encode(Fixtures.rich()),
        Fixtures.built("hello-command.wasm"));
    byte[] js = Fixtures.built("js-shapes.wasm");
    Random random = new Random(SEED);
    List<String> unexpected = new ArrayList<>();
    int decoded = 0;
    int rejected = 0;
    long deadline = System.nanoTime() + BUDGET_NANOS;
    int run = 0;
    for (; run < CASES && System.nanoTime() < deadline; run++) {
      // One case in 20 mutates the 12 MB JavaScript component, the others the small ones.
      byte[] base = run % 20 == 19 ? js : seeds.get(random.nextInt(seeds.size()));
      byte[] mutant = mutate(base, random, base == js);
      try {
        ComponentDecoder.decode(mutant);
        decoded++;
      } catch (ComponentFormatException e) {
        rejected++;
        if (!e.getMessage().startsWith("offset 0x") || e.getMessage().contains("\n")) {
          unexpected.add("case " + run + ": badly formed message: " + e.getMessage());
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        unexpected.add("case " + run + ": " + e);
      }
    }
    System.out.printf("mutation fuzz: %d cases, %d decoded, %d rejected (seed %x)%n", run, decoded, rejected, SEED);
    assertThat(unexpected).isEmpty();
    assertThat(rejected).isPositive();
  }

  private static byte[] mutate(byte[] base, Random random, boolean bigHeaderOnly) {
    byte[] out = base.clone();
    // In the big component, aim at its component-layer tail (types, canons, exports) rather than core code.
    int from = bigHeaderOnly ? Math.max(8, out.length - 8192) : 8;
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = from + random.nextInt(out.length - from);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out[at] ^= (byte) (1 << random.nextInt(8));
        case 2 -> out[at] = (byte) (random.nextBoolean() ? 0xff : 0x00);
        default -> {
          return java.util.Arrays.copyOf(out, at); // truncate
        }
      }
    }
    return out;
  }
}
