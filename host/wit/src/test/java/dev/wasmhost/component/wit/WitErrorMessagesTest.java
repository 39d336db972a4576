package dev.wasmhost.component.wit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WitErrorMessagesTest {
  private static void fails(String text, String message) {
    assertThatThrownBy(() -> Wit.resolve(text))
        .isInstanceOf(WitException.class)
        .hasMessage(message);
  }

  @Test
  void missingCloseBraceAfterRecordFieldsNamesWhatWasFound() {
    fails("package a:b;\ninterface i {\n  record r { x: u8 func",
        "test.wit:3:20: expected '}' after record fields, found 'func'");
  }

  @Test
  void missingSemicolonAfterPackageName() {
    fails("package a:b\ninterface i {}", "test.wit:2:1: expected ';' after package name,"
        + " found 'interface'");
  }

  @Test
  void keywordUsedAsNameSuggestsEscape() {
    fails("package a:b;\ninterface i {\n  record r { type: u8 }\n}",
        "test.wit:3:14: expected a field name, found keyword 'type'; write '%type' to use it"
            + " as a name");
  }

  @Test
  void badIdentifierIsRejectedWithTheRule() {
    fails("package a:b;\ninterface Foo-bar {}", "test.wit:2:11: invalid identifier 'Foo-bar':"
        + " use kebab-case words of lower-case (or all upper-case) letters and digits, each"
        + " starting with a letter");
  }

  @Test
  void badVersionIsRejected() {
    fails("package a:b@1.2;", "test.wit:1:13: invalid version '1.2': write a semantic version"
        + " such as 0.2.0 or 1.0.0-rc.1");
  }

  @Test
  void unterminatedBlockCommentPointsAtItsStart() {
    fails("package a:b;\n  /* never closed", "test.wit:2:3: unterminated block comment:"
        + " close it with '*/'");
  }

  @Test
  void endOfFileInsideInterface() {
    fails("package a:b;\ninterface i {\n  f: func();\n",
        "test.wit:4:1: expected '}' to close the interface, found end of file");
  }

  @Test
  void unknownGate() {
    fails("package a:b;\n@later(version = 1.0.0)\ninterface i {}",
        "test.wit:2:2: unknown gate '@later'; use @since, @unstable or @deprecated");
  }

  @Test
  void unknownTypeNamesTheScope() {
    fails("package a:b;\ninterface i {\n  f: func(x: nope);\n}",
        "test.wit:3:14: unknown type 'nope' in interface 'a:b/i'; declare it or bring it in"
            + " with 'use'");
  }

  @Test
  void selfReferentialTypeIsACycle() {
    fails("package a:b;\ninterface i {\n  type x = list<y>;\n  type y = option<x>;\n}",
        "test.wit:4:19: type 'x' refers to itself (x -> y -> x); break the cycle");
  }

  @Test
  void interfacesUsingEachOtherAreACycle() {
    fails("package a:b;\ninterface x { use y.{t}; type u = u8; }\n"
        + "interface y { use x.{u}; type t = u8; }",
        "test.wit:3:19: 'a:b/x' depends on itself (a:b/x -> a:b/y -> a:b/x); break the cycle");
  }

  @Test
  void useOfMissingTypeNamesTheInterface() {
    fails("package a:b;\ninterface x {}\ninterface y { use x.{t}; }",
        "test.wit:3:22: interface 'a:b/x' has no type 't'");
  }

  @Test
  void unknownInterfaceInUse() {
    fails("package a:b;\ninterface y { use nowhere.{t}; }",
        "test.wit:2:19: package 'a:b' has no interface 'nowhere'");
  }

  @Test
  void unknownPackageSaysWhereToPutIt() {
    fails("package a:b;\nworld w { import wasi:nope/x@1.0.0; }",
        "test.wit:2:18: unknown package 'wasi:nope@1.0.0'; add it under deps/ next to the"
            + " package that uses it");
  }

  @Test
  void duplicateNamesInAnInterface() {
    fails("package a:b;\ninterface i {\n  type t = u8;\n  t: func();\n}",
        "test.wit:4:3: 't' is already defined in interface 'a:b/i' (at line 3); rename one"
            + " of them");
  }

  @Test
  void duplicateRecordField() {
    fails("package a:b;\ninterface i { record r { a: u8, a: u16 } }",
        "test.wit:2:33: duplicate field 'a' in 'r'");
  }

  @Test
  void borrowOfNonResource() {
    fails("package a:b;\ninterface i { type t = u8; f: func(x: borrow<t>); }",
        "test.wit:2:39: borrow<t>: 't' is not a resource");
  }

  @Test
  void worldIncludingItselfIsACycle() {
    fails("package a:b;\nworld x { include y; }\nworld y { include x; }",
        "test.wit:3:11: world 'x' includes itself (a:b#x -> a:b#y -> a:b#x); break the cycle");
  }

  @Test
  void includeClashWithoutRenameTellsHowToRename() {
    fails("package a:b;\nworld base { import f: func(); }\nworld w {\n  include base;\n"
        + "  import f: func(x: u8);\n}",
        "test.wit:5:3: world 'w' already imports 'f'; rename one of them (for an include:"
            + " 'include w with { f as other-name }')");
  }

  @Test
  void renameOfMissingItem() {
    fails("package a:b;\nworld base {}\nworld w { include base with { g as h }; }",
        "test.wit:3:31: world 'base' has no import or export named 'g' to rename");
  }

  @Test
  void fileWithoutPackageDeclaration() {
    fails("interface i {}", "test.wit:1:1: no package declaration; start the file with"
        + " 'package namespace:name;'");
  }

  @Test
  void emptyRecordIsRejected() {
    fails("package a:b;\ninterface i { record r {} }",
        "test.wit:2:15: record 'r' has no fields; add at least one");
  }
}
