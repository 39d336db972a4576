package dev.wasmhost.capability.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path against a directory descriptor without ever leaving it, as cap-std does
 * for wasmtime: the walk goes one component at a time, {@code ..} may not climb above the
 * directory, absolute paths are refused, and every symlink met on the way is expanded here (never
 * by the host OS), so a link pointing outside is caught like a literal {@code ..}. A way out
 * answers {@code EPERM}, as wasmtime (cap-std) does.
 *
 * <p>Known limit: the host checks and then acts, so a host process racing to swap a directory for
 * a symlink between the two could still redirect one call. The guest itself cannot race (it is
 * single-threaded and every path it uses is checked).
 */
public final class SandboxPath {
    static final int MAX_SYMLINKS = 40;

    /** Why a walk stopped; each host answers it in its own vocabulary (errno, error-code). */
    public enum Problem { NO_ENTRY, INVALID, NOT_PERMITTED, LOOP, NOT_DIRECTORY, IO }

    /** Where a guest path landed ({@code problem} null), or why the walk stopped. */
    public record Walk(Problem problem, IOException cause, Location location, boolean trailingSlash, boolean isBase) {
        public boolean ok() {
            return problem == null;
        }

        static Walk failure(Problem problem) {
            return new Walk(problem, null, null, false, false);
        }
    }

    /** The preview 1 answer: where a guest path landed, or the errno that stopped the walk. */
    record Result(int errno, Location location, boolean trailingSlash, boolean isRoot) {
        static Result failure(int errno) {
            return new Result(errno, null, false, false);
        }

        boolean ok() {
            return errno == Errno.SUCCESS;
        }

        Path host() {
            return location.host();
        }
    }

    private SandboxPath() {}

    /** {@link #walk} with preview 1's errno for each problem. */
    static Result resolve(Location dir, String guestPath, boolean followFinal) {
        Walk w = walk(dir, guestPath, followFinal);
        if (w.ok()) {
            return new Result(Errno.SUCCESS, w.location(), w.trailingSlash(), w.isBase());
        }
        return Result.failure(switch (w.problem()) {
            case NO_ENTRY -> Errno.NOENT;
            case INVALID -> Errno.INVAL;
            case NOT_PERMITTED -> Errno.PERM;
            case LOOP -> Errno.LOOP;
            case NOT_DIRECTORY -> Errno.NOTDIR;
            case IO -> Errno.IO;
        });
    }

    /**
     * @param followFinal whether a symlink in the last component is expanded too (lookupflags
     *     symlink_follow). Callers check {@link Walk#trailingSlash()} themselves: removing or
     *     renaming {@code link/} must not act on the link's target.
     */
    public static Walk walk(Location dir, String guestPath, boolean followFinal) {
        if (guestPath.isEmpty()) {
            return Walk.failure(Problem.NO_ENTRY);
        }
        if (guestPath.indexOf('\0') >= 0) {
            return Walk.failure(Problem.INVALID);
        }
        if (guestPath.startsWith("/")) {
            return Walk.failure(Problem.NOT_PERMITTED);
        }
        Path base = dir.current(true);
        if (base == null) {
            return Walk.failure(Problem.NO_ENTRY); // the directory was moved or replaced since it was opened
        }
        boolean trailingSlash = guestPath.endsWith("/");
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
                    return Walk.failure(Problem.NOT_PERMITTED);
                }
                stack.remove(stack.size() - 1);
                continue;
            }
            stack.add(part);
            Path current = join(base, stack);
            boolean last = pending.isEmpty();
            if ((!last || followFinal) && Files.isSymbolicLink(current)) {
                if (++links > MAX_SYMLINKS) {
                    return Walk.failure(Problem.LOOP);
                }
                String target;
                try {
                    target = Files.readSymbolicLink(current).toString();
                } catch (IOException e) {
                    return new Walk(Problem.IO, e, null, false, false);
                }
                if (target.startsWith("/")) {
                    return Walk.failure(Problem.NOT_PERMITTED);
                }
                stack.remove(stack.size() - 1);
                List<String> expanded = split(target);
                for (int i = expanded.size() - 1; i >= 0; i--) {
                    pending.addFirst(expanded.get(i));
                }
                continue;
            }
            if (!last && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                return Walk.failure(Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? Problem.NOT_DIRECTORY : Problem.NO_ENTRY);
            }
        }
        return new Walk(null, null, dir.child(stack), trailingSlash, stack.isEmpty());
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
