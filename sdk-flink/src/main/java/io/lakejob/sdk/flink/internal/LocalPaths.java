package io.lakejob.sdk.flink.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps the paths the transport builds from names inside their folders: a resource group or
 * package, a database or table's warehouse folder, an {@code obs://} key under the OBS root. A name
 * is one path segment ({@code ..}, {@code .}, separators and NUL are refused), and the path it gives
 * must stay inside its folder both as written and once symbolic links are followed (the real path of
 * the deepest part that exists), so a link planted in the folder cannot lead out of it.
 */
public final class LocalPaths {
    private LocalPaths() {}

    /**
     * The path of a name inside a folder.
     *
     * @param folder the folder
     * @param name the name, one path segment
     * @param field the request field the name came from, for the error
     * @return {@code folder/name}
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0001 when the name is not one segment
     *     or the path leads out of the folder
     */
    public static Path child(Path folder, String name, String field) {
        if (name == null
                || name.isEmpty()
                || name.equals(".")
                || name.equals("..")
                || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            throw LocalErrors.invalid(
                    field, "'" + name + "' must be one name, not '.', '..' or a path (it names a folder entry)");
        }
        Path p;
        try {
            p = folder.resolve(name);
        } catch (InvalidPathException e) {
            throw LocalErrors.invalid(field, "'" + name + "' is not a valid file name: " + e.getReason());
        }
        return inside(folder, p, field);
    }

    /**
     * Checks that a path lies inside a folder, as written and with symbolic links followed.
     *
     * @param folder the folder
     * @param path the path (relative ones are taken relative to the folder)
     * @param field the request field the path came from, for the error
     * @return the path, absolute and normalized
     * @throws io.lakejob.sdk.exception.ServiceException DLI.0001 when it leads out of the folder
     */
    public static Path inside(Path folder, Path path, String field) {
        Path base = folder.toAbsolutePath().normalize();
        Path p = base.resolve(path).normalize();
        if (!p.startsWith(base) || !realPath(p).startsWith(realPath(base))) {
            throw LocalErrors.invalid(field, "'" + path + "' leads out of its folder " + base);
        }
        return p;
    }

    /**
     * Whether a path lies inside a folder once symbolic links are followed.
     *
     * @param folder the folder
     * @param path the path
     * @return whether it does
     */
    public static boolean isInside(Path folder, Path path) {
        Path base = folder.toAbsolutePath().normalize();
        Path p = base.resolve(path).normalize();
        return p.startsWith(base) && realPath(p).startsWith(realPath(base));
    }

    /**
     * The real path of the deepest existing part of a path, with the rest appended: where the path
     * leads once symbolic links are followed, also when its last parts do not exist yet.
     *
     * @param path an absolute, normalized path
     * @return its real location
     */
    public static Path realPath(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            // A dangling link (or no access): where it points cannot be told, so it is inside no
            // folder (a relative path starts with no absolute one).
            return existing.getFileSystem().getPath("unresolvable-link");
        }
        return rest == null ? real : real.resolve(rest).normalize();
    }
}
