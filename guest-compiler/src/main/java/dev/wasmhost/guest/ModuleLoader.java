package dev.wasmhost.guest;

import dev.wasmhost.guest.syntax.Parser;
import dev.wasmhost.guest.syntax.Pos;
import dev.wasmhost.guest.syntax.Stmt;
import dev.wasmhost.guest.types.TypeChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and parses the modules a program imports, as CPython's path-based import would with
 * {@code sys.path} = the main file's directory, then the extra directories ({@code -I}): module
 * {@code a.b} is {@code a/b/__init__.py} (a package) or {@code a/b.py} under the first directory
 * that has {@code a/__init__.py} or {@code a.py}. The standard library's modules and the typing
 * names the checker knows are used when no file of the program has the name.
 *
 * <p>The result lists the modules in the order their code first runs (an import runs the imported
 * module before the importer's next statement; a package before its submodules), which is the order
 * they are checked in; a circular import is rejected.
 */
final class ModuleLoader {
    /** Modules the compiler provides itself (guest stdlib resources, typing names). */
    static final Set<String> PROVIDED = Set.of("math", "sys", "os", "time", "random", "typing", "dataclasses", "enum", "types", "io");

    private record Found(Path path, String file, boolean isPackage) {}

    private record Loaded(String name, Found found, List<Stmt> body, List<Stmt.Import> imports) {}

    private final Path mainPath;
    private final List<Path> roots;
    private final Path mainDir;
    private final Map<String, Loaded> loaded = new HashMap<>();
    /** Modules loaded (true while their imports are being loaded) and the chain of those in progress. */
    private final Map<String, Boolean> visiting = new LinkedHashMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<TypeChecker.Source> order = new ArrayList<>();

    private ModuleLoader(Path mainPath, List<Path> searchPath) {
        this.mainPath = mainPath == null ? null : mainPath.toAbsolutePath().normalize();
        this.mainDir = this.mainPath == null ? null : this.mainPath.getParent();
        this.roots = new ArrayList<>();
        if (mainDir != null) {
            roots.add(mainDir);
        }
        roots.addAll(searchPath);
    }

    /**
     * The program whose main module is {@code mainBody} (shown as {@code mainFile}, found at {@code
     * mainPath}, or null when it has no file: then only the search path is searched).
     */
    static List<TypeChecker.Source> load(Path mainPath, String mainFile, List<Stmt> mainBody, List<Path> searchPath) {
        ModuleLoader loader = new ModuleLoader(mainPath, searchPath);
        Loaded main = new Loaded("__main__", new Found(loader.mainPath, mainFile, false), mainBody, imports(mainBody));
        loader.visiting.put("__main__", true);
        loader.stack.add("__main__");
        loader.importsOf(main);
        loader.order.add(new TypeChecker.Source("__main__", mainFile, mainBody));
        return loader.order;
    }

    /** The standard library modules the program's modules import (each is compiled once). */
    static Set<String> stdlibImports(List<TypeChecker.Source> program, Set<String> stdlib) {
        Set<String> out = new java.util.TreeSet<>();
        for (TypeChecker.Source m : program) {
            for (Stmt.Import imp : imports(m.body())) {
                if (stdlib.contains(imp.module()) && !program.stream().anyMatch(p -> p.name().equals(imp.module()))) {
                    out.add(imp.module());
                }
            }
        }
        return out;
    }

    private static List<Stmt.Import> imports(List<Stmt> body) {
        List<Stmt.Import> out = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.Import imp) {
                out.add(imp);
            }
        }
        return out;
    }

    private void importsOf(Loaded m) {
        imports:
        for (Stmt.Import imp : m.imports()) {
            String[] parts = imp.module().split("\\.");
            String path = "";
            for (int k = 0; k < parts.length; k++) {
                path = path.isEmpty() ? parts[k] : path + "." + parts[k];
                boolean last = k == parts.length - 1;
                if (!require(m, imp, path, !last)) {
                    continue imports; // a provided module (math, typing...): the checker handles it
                }
            }
            if (imp.names() != null && loaded.get(imp.module()).found().isPackage()) {
                // from pkg import mod: a submodule when there is a file for it
                for (String name : imp.names()) {
                    Found sub = find(imp.module() + "." + name);
                    if (sub != null) {
                        require(m, imp, imp.module() + "." + name, false);
                    }
                }
            }
        }
    }

    /** Loads and orders module {@code name} for an import in {@code from}; false if it is provided by the compiler. */
    private boolean require(Loaded from, Stmt.Import imp, String name, boolean parentOfImported) {
        if (visiting.containsKey(name)) {
            if (visiting.get(name) && !parentOfImported) {
                List<String> chain = stack.subList(stack.indexOf(name), stack.size());
                throw error(from, imp.pos(), "unsupported feature: circular import (" + String.join(" -> ", chain.stream()
                        .map(this::shown).toList()) + " -> " + shown(name) + "); move what the modules share into a module that imports neither");
            }
            return true;
        }
        Found found = find(name);
        if (found == null) {
            if (!name.contains(".") && PROVIDED.contains(name)) {
                return false;
            }
            int dot = name.lastIndexOf('.');
            if (dot > 0 && !loaded.get(name.substring(0, dot)).found().isPackage()) {
                throw error(from, imp.pos(), "Cannot find implementation or library stub for module named \"" + name
                        + "\" (\"" + name.substring(0, dot) + "\" is a module, not a package)");
            }
            throw error(from, imp.pos(), "Cannot find implementation or library stub for module named \"" + name + "\""
                    + (name.contains(".") ? "" : " (the program's modules are NAME.py or NAME/__init__.py beside the main module"
                    + " or in a directory given with -I; the guest standard library has math, os, random, sys and time)"));
        }
        if (name.equals("rt") || name.equals("builtins")) {
            throw error(from, imp.pos(), "unsupported feature: a module named \"" + name + "\" (the name is reserved for the compiler's own code)");
        }
        if (mainPath != null && found.path().equals(mainPath)) {
            throw error(from, imp.pos(), "unsupported feature: importing the main module as \"" + name
                    + "\" (CPython would run its code a second time, as a module of that name)");
        }
        String text;
        try {
            text = Files.readString(found.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + found.path(), e);
        }
        Parser.Program parsed = Parser.parseProgram(found.file(), text);
        if (!parsed.exportedClasses().isEmpty()) {
            throw new CompileError(new Diagnostic(found.file(), parsed.exportedClasses().get(0).pos().line(),
                    parsed.exportedClasses().get(0).pos().column(), "unsupported feature: @export in an imported module (export classes of the main module)"));
        }
        if (!parsed.exported().isEmpty()) {
            throw new CompileError(new Diagnostic(found.file(), parsed.exported().get(0).pos().line(),
                    parsed.exported().get(0).pos().column(), "unsupported feature: @export in an imported module (export functions of the main module)"));
        }
        Loaded m = new Loaded(name, found, parsed.body(), imports(parsed.body()));
        loaded.put(name, m);
        visiting.put(name, true);
        stack.add(name);
        importsOf(m);
        stack.remove(stack.size() - 1);
        visiting.put(name, false);
        order.add(new TypeChecker.Source(name, found.file(), parsed.body()));
        return true;
    }

    private String shown(String name) {
        return name.equals("__main__") && mainPath != null ? mainPath.getFileName().toString().replaceFirst("\\.py$", "") : name;
    }

    /** The file of module {@code name}: within its parent package's directory, or on the search path for a top-level name. */
    private Found find(String name) {
        int dot = name.lastIndexOf('.');
        String leaf = name.substring(dot + 1);
        List<Path> dirs;
        if (dot < 0) {
            dirs = roots;
        } else {
            Loaded parent = loaded.get(name.substring(0, dot));
            if (parent == null || !parent.found().isPackage()) {
                return null;
            }
            dirs = List.of(parent.found().path().getParent());
        }
        for (Path dir : dirs) {
            Path pkg = dir.resolve(leaf).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) {
                return new Found(pkg.toAbsolutePath().normalize(), shownFile(pkg), true);
            }
            Path file = dir.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) {
                return new Found(file.toAbsolutePath().normalize(), shownFile(file), false);
            }
        }
        return null;
    }

    /** A file as diagnostics name it: relative to the main module's directory when under it. */
    private String shownFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (mainDir != null && abs.startsWith(mainDir)) {
            return mainDir.relativize(abs).toString().replace('\\', '/');
        }
        return file.normalize().toString().replace('\\', '/');
    }

    private static CompileError error(Loaded from, Pos pos, String message) {
        return new CompileError(new Diagnostic(from.found().file(), pos.line(), pos.column(), message));
    }
}
