package dev.wasmhost.capability.wasi.p2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path against a directory descriptor without leaving it, as wasmtime's cap-std
 * does: one component at a time, {@code ..} never climbs above the directory, absolute paths are
 * refused, and symlinks met on the way are expanded here (never by the host OS), so a link that
 * points outside is caught like a literal {@code ..}. A way out answers {@code not-permitted}.
 *
 * <p>Known limit: check-then-act, so a host process swapping a directory for a symlink between the
 * two could redirect one call; the guest itself cannot race its own calls.
 */
final class Sandbox {
    static final int MAX_SYMLINKS = 40;

    /** Where a path landed ({@code errorCode} -1), or the error code that stopped the walk. */
    record Resolved(int errorCode, FsLocation location, boolean trailingSlash, boolean isBase) {
        boolean ok() {
            return errorCode < 0;
        }

        Path host() {
            return location.host();
        }
    }

    private Sandbox() {}

    /** @param followFinal whether a symlink in the last component is expanded too */
    static Resolved resolve(FsLocation dir, String guestPath, boolean followFinal) {
        if (guestPath.isEmpty()) {
            return fail(ErrorCode.NO_ENTRY);
        }
        if (guestPath.indexOf('\0') >= 0) {
            return fail(ErrorCode.INVALID);
        }
        if (guestPath.startsWith("/")) {
            return fail(ErrorCode.NOT_PERMITTED);
        }
        Path base = dir.current(true);
        if (base == null) {
            return fail(ErrorCode.NO_ENTRY);
        }
        Deque<String> pending = new ArrayDeque<>(split(guestPath));
        List<String> stack = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String part = pending.pollFirst();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    return fail(ErrorCode.NOT_PERMITTED);
                }
                stack.remove(stack.size() - 1);
                continue;
            }
            stack.add(part);
            Path current = join(base, stack);
            boolean last = pending.isEmpty();
            if ((!last || followFinal) && Files.isSymbolicLink(current)) {
                if (++links > MAX_SYMLINKS) {
                    return fail(ErrorCode.LOOP);
                }
                String target;
                try {
                    target = Files.readSymbolicLink(current).toString();
                } catch (IOException e) {
                    return fail(ErrorCode.of(e));
                }
                if (target.startsWith("/")) {
                    return fail(ErrorCode.NOT_PERMITTED);
                }
                stack.remove(stack.size() - 1);
                List<String> expanded = split(target);
                for (int i = expanded.size() - 1; i >= 0; i--) {
                    pending.addFirst(expanded.get(i));
                }
                continue;
            }
            if (!last && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                return fail(Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? ErrorCode.NOT_DIRECTORY : ErrorCode.NO_ENTRY);
            }
        }
        return new Resolved(-1, dir.child(stack), guestPath.endsWith("/"), stack.isEmpty());
    }

    private static Resolved fail(int errorCode) {
        return new Resolved(errorCode, null, false, false);
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static Path join(Path base, List<String> parts) {
        Path p = base;
        for (String part : parts) {
            p = p.resolve(part);
        }
        return p;
    }
}
