package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WitPrinterTest {
  @Test
  void printsCanonicalText() {
    Package p = Wit.resolve("package t:p@1.0.0;\n/// Docs.\ninterface i {\n"
        + "  use other.{r as q};\n  record rec { %type: list<u8, 4>, b: result<_, q> }\n"
        + "  resource res { constructor(); m: func(o: borrow<res>) -> res;"
        + " s: static func() -> option<res>; }\n  @unstable(feature = f)\n  go: async func();\n}\n"
        + "interface other { record r { x: u8 } }\n"
        + "world w { import i; export e: func() -> result; }").root();

    assertThat(WitPrinter.print(p)).isEqualTo("""
        package t:p@1.0.0;

        /// Docs.
        interface i {
          use other.{r as q};

          record rec {
            %type: list<u8, 4>,
            b: result<_, q>,
          }

          resource res {
            constructor();
            m: func(o: borrow<res>) -> res;
            s: static func() -> option<res>;
          }

          @unstable(feature = f)
          go: async func();
        }

        interface other {
          record r {
            x: u8,
          }
        }

        world w {
          import other;
          import i;
          export e: func() -> result;
        }
        """);
  }

  @Test
  void printedPackageWithForeignUsesReparsesEqual() {
    Resolution r = Wit.resolve("package a:app;\nworld w {\n  use b:lib/types@0.1.0.{id};\n"
        + "  import get: func() -> id;\n}\n"
        + "package b:lib@0.1.0 { interface types { type id = u64; } }");

    Resolution again = WitResolver.resolveText("again.wit", WitPrinter.print(r));

    assertThat(again.packages()).containsExactlyElementsOf(r.packages());
  }

  @Test
  void worldResourceMethodsPrintInsideTheResource() {
    Resolution r = Wit.resolve("package a:b;\nworld w {\n  resource conn { close: func(); }\n"
        + "  import open: func() -> conn;\n}");
    String text = WitPrinter.print(r.root());

    assertThat(text).contains("  resource conn {\n    close: func();\n  }\n");
    assertThat(WitResolver.resolveText("again.wit", text).root()).isEqualTo(r.root());
  }

  @Property(tries = 300)
  void randomPackagesSurvivePrintAndParse(@ForAll long seed) {
    String source = RandomWit.generate(new Random(seed));
    Resolution first = WitResolver.resolveText("generated.wit", source);

    String printed = WitPrinter.print(first);
    Resolution second = WitResolver.resolveText("printed.wit", printed);

    assertThat(second.root()).isEqualTo(first.root());
    assertThat(WitPrinter.print(second)).isEqualTo(printed);
  }
}
