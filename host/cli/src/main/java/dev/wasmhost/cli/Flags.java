package dev.wasmhost.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for flag values; each failure is an {@link IllegalArgumentException} with a usable message. */
final class Flags {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]i?b?|b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private Flags() {}

    /** {@code 65536}, {@code 64KiB}, {@code 16MiB}, {@code 1G}: binary units, bytes by default. */
    static long size(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "invalid size '" + text + "': use a number of bytes or a unit, e.g. 64MiB or 1GiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        if (shift > 0 && n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("invalid size '" + text + "': too large");
        }
        return n << shift;
    }

    /** {@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 2m}, {@code 1h}; a bare number is seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "invalid duration '" + text + "': use e.g. 500ms, 10s, 2m");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        if (millis <= 0) {
            throw new IllegalArgumentException("invalid duration '" + text + "': must be positive");
        }
        return Duration.ofMillis(Math.max(1, Math.round(millis)));
    }

    /** A {@code --dir HOST[::GUEST]} grant. */
    record DirGrant(String host, String guest) {
        static DirGrant parse(String text) {
            int sep = text.indexOf("::");
            String host = sep < 0 ? text : text.substring(0, sep);
            String guest = sep < 0 ? text : text.substring(sep + 2);
            if (host.isEmpty() || guest.isEmpty()) {
                throw new IllegalArgumentException(
                        "invalid --dir '" + text + "': use HOST_DIR or HOST_DIR::GUEST_DIR");
            }
            return new DirGrant(host, guest);
        }
    }
}
