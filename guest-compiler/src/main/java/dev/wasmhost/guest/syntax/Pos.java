package dev.wasmhost.guest.syntax;

/** A 1-based source position. */
public record Pos(int line, int column) {}
