package io.lakejob.sdk.flink.internal.ops;

import io.lakejob.sdk.flink.FlinkOptions;
import io.lakejob.sdk.flink.internal.FlinkContext;
import io.lakejob.sdk.flink.internal.HandlerRegistry;
import io.lakejob.sdk.flink.internal.LocalErrors;
import io.lakejob.sdk.flink.internal.LocalPaths;
import io.lakejob.sdk.flink.internal.SharedHttpClient;
import io.lakejob.sdk.flink.internal.metadata.MetadataSaver;
import io.lakejob.sdk.flink.internal.metadata.MetadataStore;
import io.lakejob.sdk.model.BasicResponse;
import io.lakejob.sdk.model.Tag;
import io.lakejob.sdk.model.resource.DeleteResourceRequest;
import io.lakejob.sdk.model.resource.GetResourceRequest;
import io.lakejob.sdk.model.resource.ListResourcesRequest;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.ResourceStatus;
import io.lakejob.sdk.model.resource.UpdateResourceOwnerRequest;
import io.lakejob.sdk.model.resource.UploadModuleRequest;
import io.lakejob.sdk.spi.ResourceOperations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resources (reference chapter 8) in a folder the client controls ({@link FlinkOptions#RESOURCES_DIR},
 * default a new temp folder): an upload copies each local path, {@code file://} URI or
 * {@code http(s)://} URL to {@code <dir>/<group>/<name>}, and the resource is READY once copied.
 * Jobs refer to a resource as {@code group/name}, as a plain {@code name} that is unique across
 * groups, or by the URL it was uploaded from ({@link #resolve}). Thread-safe.
 */
public final class ResourceHandlers {
    private static final Pattern RESOURCE_NAME = Pattern.compile("(?!\\.)[A-Za-z0-9_!.\\-]{1,128}");

    private final FlinkContext ctx;
    private final Map<String, Group> groups = new TreeMap<>();
    private volatile Path dir;

    /** One stored resource. */
    private static final class Entry {
        final String name;
        final String origin;
        final Path file;
        final Instant created;
        ResourceKind kind;
        Instant updated;
        String owner;
        Boolean async;

        Entry(String name, String origin, Path file, ResourceKind kind, Instant now, String owner, Boolean async) {
            this.name = name;
            this.origin = origin;
            this.file = file;
            this.kind = kind;
            this.created = now;
            this.updated = now;
            this.owner = owner;
            this.async = async;
        }
    }

    /** One group of resources. */
    private static final class Group {
        final String name;
        final Instant created;
        final Map<String, Entry> entries = new LinkedHashMap<>();
        Instant updated;
        String owner;
        ResourceKind kind;
        Boolean async;
        List<Tag> tags = List.of();

        Group(String name, Instant now, String owner) {
            this.name = name;
            this.created = now;
            this.updated = now;
            this.owner = owner;
        }
    }

    private MetadataSaver saver = MetadataSaver.NONE;

    public ResourceHandlers(FlinkContext ctx) {
        this.ctx = ctx;
    }

    /** One stored resource, as saved in the metadata directory. */
    record EntryDoc(
            String name,
            String origin,
            String file,
            ResourceKind kind,
            Instant created,
            Instant updated,
            String owner,
            Boolean async) {}

    /** One group, as saved in the metadata directory. */
    record GroupDoc(
            String name,
            Instant created,
            Instant updated,
            String owner,
            ResourceKind kind,
            Boolean async,
            List<Tag> tags,
            List<EntryDoc> entries) {}

    /**
     * The resource index (the files stay in the resource folder).
     *
     * @param dir the resource folder
     * @param groups the groups with their resources
     */
    record Doc(String dir, List<GroupDoc> groups) {}

    /**
     * Loads the index an earlier client saved and saves every change. With a metadata directory and
     * no {@link FlinkOptions#RESOURCES_DIR}, the files go to {@code <metadata dir>/resources} so a
     * later client finds them.
     */
    public ResourceHandlers persistIn(MetadataStore m) {
        if (m.directory() != null && !ctx.configuration().properties().containsKey(FlinkOptions.RESOURCES_DIR)) {
            try {
                dir = Files.createDirectories(m.directory().resolve("resources"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the resource directory", e);
            }
        }
        saver = m.attach("resources", Doc.class, this::snapshot, this::restore);
        return this;
    }

    private synchronized Doc snapshot() {
        List<GroupDoc> out = new ArrayList<>();
        for (Group g : groups.values()) {
            List<EntryDoc> entries = new ArrayList<>();
            for (Entry e : g.entries.values()) {
                entries.add(new EntryDoc(
                        e.name, e.origin, e.file.toString(), e.kind, e.created, e.updated, e.owner, e.async));
            }
            out.add(new GroupDoc(g.name, g.created, g.updated, g.owner, g.kind, g.async, g.tags, entries));
        }
        return new Doc(dir == null ? null : dir.toString(), out);
    }

    private synchronized void restore(Doc d) {
        if (dir == null && d.dir() != null) {
            dir = Path.of(d.dir());
        }
        for (GroupDoc gd : d.groups()) {
            Group g = new Group(gd.name(), gd.created(), gd.owner());
            g.updated = gd.updated();
            g.kind = gd.kind();
            g.async = gd.async();
            g.tags = gd.tags() == null ? List.of() : gd.tags();
            for (EntryDoc ed : gd.entries()) {
                Path file = Path.of(ed.file());
                if (!Files.isRegularFile(file)) {
                    continue; // the file was removed behind the store's back: forget it
                }
                if (!inside(file, dir) && !inside(file, d.dir() == null ? null : Path.of(d.dir()))) {
                    // Never a file outside the resource folder, whatever the document says.
                    System.getLogger(ResourceHandlers.class.getName())
                            .log(
                                    System.Logger.Level.WARNING,
                                    "Ignoring stored resource " + gd.name() + "/" + ed.name() + ": " + file
                                            + " is outside the resource folder " + dir);
                    continue;
                }
                Entry e = new Entry(ed.name(), ed.origin(), file, ed.kind(), ed.created(), ed.owner(), ed.async());
                e.updated = ed.updated();
                g.entries.put(e.name, e);
            }
            if (!g.entries.isEmpty()) {
                groups.put(g.name, g);
            }
        }
    }

    private static boolean inside(Path file, Path folder) {
        return folder != null && LocalPaths.isInside(folder, file);
    }

    public void register(HandlerRegistry r) {
        r.handle(
                ResourceOperations.UPLOAD_RESOURCES,
                q -> upload(q.paths(), q.group(), q.kind(), q.isAsync(), q.tags()));
        r.handle(ResourceOperations.LIST_RESOURCES, this::list);
        r.handle(ResourceOperations.UPLOAD_JAR_RESOURCES, q -> upload(q, ResourceKind.JAR));
        r.handle(ResourceOperations.UPLOAD_PY_FILE_RESOURCES, q -> upload(q, ResourceKind.PY_FILE));
        r.handle(ResourceOperations.UPLOAD_FILE_RESOURCES, q -> upload(q, ResourceKind.FILE));
        r.handle(ResourceOperations.GET_RESOURCE, this::get);
        r.handle(ResourceOperations.DELETE_RESOURCE, this::delete);
        r.handle(ResourceOperations.UPDATE_RESOURCE_OWNER, this::owner);
    }

    /** @return the resource folder, created on first use */
    Path dir() {
        Path d = dir;
        if (d == null) {
            synchronized (this) {
                if (dir == null) {
                    String configured = ctx.configuration().properties().get(FlinkOptions.RESOURCES_DIR);
                    try {
                        dir = configured != null
                                ? Files.createDirectories(Path.of(configured))
                                : Files.createTempDirectory("lakejob-resources-");
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot create the resource directory", e);
                    }
                }
                d = dir;
            }
        }
        return d;
    }

    private ResourceGroup upload(UploadModuleRequest q, ResourceKind kind) {
        return upload(q.paths(), q.group(), kind, null, List.of());
    }

    private ResourceGroup upload(
            List<String> paths, String groupName, ResourceKind kind, Boolean async, List<Tag> tags) {
        // Check every path before copying anything, so a bad path stores nothing: its name, and that
        // the client may read it (FlinkOptions.ALLOWED_LOCATIONS).
        List<String> names = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        for (String p : paths) {
            String name = nameOf(p);
            if (names.contains(name)) {
                throw LocalErrors.invalid("paths", "two paths end in the same resource name " + name);
            }
            names.add(name);
            sources.add(source(p));
        }
        // The group is one folder inside the resource folder, never a path out of it.
        Path groupDir = LocalPaths.child(dir(), groupName, "group");
        List<Path> staged = new ArrayList<>();
        try {
            Files.createDirectories(groupDir);
            LocalPaths.inside(dir(), groupDir, "group");
            for (int i = 0; i < paths.size(); i++) {
                Path tmp = Files.createTempFile(groupDir, ".upload-", ".part");
                staged.add(tmp);
                fetch(paths.get(i), sources.get(i), tmp);
            }
            synchronized (this) {
                Instant now = ctx.clock().instant();
                Group g = groups.computeIfAbsent(groupName, n -> new Group(n, now, defaultOwner()));
                for (int i = 0; i < paths.size(); i++) {
                    Path target = LocalPaths.child(groupDir, names.get(i), "paths");
                    Files.move(staged.get(i), target, StandardCopyOption.REPLACE_EXISTING);
                    Entry old = g.entries.get(names.get(i));
                    Entry e = new Entry(
                            names.get(i), paths.get(i), target, kind, old == null ? now : old.created, g.owner, async);
                    e.updated = now;
                    g.entries.put(e.name, e);
                }
                g.updated = now;
                g.kind = kind;
                g.async = async;
                if (!tags.isEmpty()) {
                    g.tags = List.copyOf(tags);
                }
                ResourceGroup stored = group(g, null);
                saver.save();
                return stored;
            }
        } catch (IOException e) {
            throw LocalErrors.invalid("paths", "could not store the resources in " + groupDir + ": " + causes(e));
        } finally {
            for (Path s : staged) {
                try {
                    Files.deleteIfExists(s);
                } catch (IOException ignored) {
                    // best effort: a leftover .part file is harmless
                }
            }
        }
    }

    private static String defaultOwner() {
        String user = System.getProperty("user.name", "lakejob");
        return user == null || user.isBlank() ? "lakejob" : user;
    }

    /** The resource name a path gives: its last segment, checked against the reference's name rule. */
    private static String nameOf(String path) {
        String scheme = scheme(path);
        String raw;
        if (scheme == null) {
            raw = Path.of(path).getFileName() == null
                    ? ""
                    : Path.of(path).getFileName().toString();
        } else {
            checkScheme(scheme, path);
            String p = URI.create(path).getRawPath();
            p = p == null ? "" : p;
            raw = URLDecoder.decode(p.substring(p.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
        }
        if (!RESOURCE_NAME.matcher(raw).matches()) {
            throw LocalErrors.invalid(
                    "paths",
                    "'" + path + "' must end in a file name of 1-128 digits, letters, '_', '!', '-' and '.', not"
                            + " starting with '.'");
        }
        return raw;
    }

    private static String scheme(String path) {
        int colon = path.indexOf(':');
        if (colon <= 1) {
            // no scheme, or a Windows drive letter
            return null;
        }
        String s = path.substring(0, colon);
        return s.matches("[A-Za-z][A-Za-z0-9+.\\-]*") ? s.toLowerCase(Locale.ROOT) : null;
    }

    private static void checkScheme(String scheme, String path) {
        switch (scheme) {
            case "file", "http", "https" -> {
                try {
                    URI.create(path);
                } catch (IllegalArgumentException e) {
                    throw LocalErrors.invalid("paths", "'" + path + "' is not a valid URI: " + e.getMessage());
                }
            }
            case "obs" -> throw LocalErrors.invalid(
                    "paths",
                    "'" + path + "': the Flink transport reads resources from local paths, file:// URIs and"
                            + " http(s):// URLs, not from OBS; download the object and upload its local copy");
            default -> throw LocalErrors.invalid(
                    "paths",
                    "'" + path + "': scheme " + scheme + " is not supported; use a local path, file:// or http(s)://");
        }
    }

    /**
     * Where an upload path is read from, checked against {@link FlinkOptions#ALLOWED_LOCATIONS}: a
     * local file's real path, or an http(s) URL.
     */
    private Object source(String path) {
        String scheme = scheme(path);
        if (scheme == null || "file".equals(scheme)) {
            Path p;
            try {
                p = scheme == null ? Path.of(path) : Path.of(URI.create(path));
            } catch (IllegalArgumentException e) {
                throw LocalErrors.invalid("paths", "'" + path + "' is not a valid path: " + e.getMessage());
            }
            return ctx.locations().local("paths", p);
        }
        URI u = URI.create(path);
        ctx.locations().url("paths", u);
        return u;
    }

    /** The most redirects one download follows, each checked like the URL itself. */
    private static final int MAX_REDIRECTS = 5;

    private void fetch(String path, Object source, Path target) throws IOException {
        if (source instanceof Path file) {
            if (!Files.isRegularFile(file)) {
                throw LocalErrors.notFound("Resource file " + path);
            }
            // The real path checked, not the path as given (a link could be swapped in between).
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // The transport's shared client (it follows no redirect; each is checked below), whose
        // threads end when the last client closes.
        HttpClient http = SharedHttpClient.get();
        URI url = (URI) source;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> resp;
            try {
                resp = http.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofMinutes(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while downloading " + url, e);
            } catch (IOException e) {
                throw LocalErrors.unavailable(
                        "Resource " + shown(source) + " could not be downloaded from " + shown(url) + ": " + causes(e));
            }
            try (InputStream in = resp.body()) {
                int status = resp.statusCode();
                java.util.Optional<String> location = resp.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    if (redirects >= MAX_REDIRECTS) {
                        throw LocalErrors.unavailable(
                                "Resource " + shown(source) + ": more than " + MAX_REDIRECTS + " redirects");
                    }
                    URI next = url.resolve(location.get());
                    // A redirect must not lead where the URL itself could not go.
                    ctx.locations().url("paths", next);
                    url = next;
                    continue;
                }
                if (status != 200) {
                    throw LocalErrors.notFound(
                            "Resource " + shown(source) + " (HTTP " + status + " from " + shown(url) + ")");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
        }
    }

    /** A URL for a message: without its query, which may carry a signature or a token. */
    private static String shown(Object url) {
        URI u = (URI) url;
        return u.getRawQuery() == null
                ? u.toString()
                : u.toString().substring(0, u.toString().indexOf('?')) + "?...";
    }

    /**
     * An I/O failure and its causes, each by its type and its message if it has one: the JDK's
     * connect failures often carry no message, and then their types say what failed.
     */
    private static String causes(IOException e) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 4; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (depth > 0) {
                sb.append("; caused by ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }

    private ListResourcesResponse list(ListResourcesRequest q) {
        synchronized (this) {
            List<Resource> all = new ArrayList<>();
            List<ResourceGroup> out = new ArrayList<>();
            for (Group g : groups.values()) {
                if (!tagsMatch(g, q.tags())) {
                    continue;
                }
                ResourceGroup rg = group(g, q.kind());
                if (rg.resources().isEmpty()) {
                    continue;
                }
                out.add(rg);
                all.addAll(rg.details());
            }
            return new ListResourcesResponse(all, List.of(), out, all.size());
        }
    }

    /** A tag filter is {@code key} or {@code key=value}, several separated by commas; all must match. */
    private static boolean tagsMatch(Group g, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        for (String f : filter.split(",")) {
            String t = f.trim();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = eq < 0 ? t : t.substring(0, eq).trim();
            String value = eq < 0 ? null : t.substring(eq + 1).trim();
            boolean hit = g.tags.stream()
                    .anyMatch(tag -> tag.key().equals(key) && (value == null || value.equals(tag.value())));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private static ResourceGroup group(Group g, ResourceKind kind) {
        List<String> names = new ArrayList<>();
        List<Resource> details = new ArrayList<>();
        for (Entry e : g.entries.values()) {
            if (kind != null && !kind.equals(e.kind)) {
                continue;
            }
            names.add(e.name);
            details.add(resource(e));
        }
        return ResourceGroup.builder()
                .groupName(g.name)
                .status(ResourceStatus.READY)
                .resources(names)
                .details(details)
                .createTime(g.created)
                .updateTime(g.updated)
                .isAsync(g.async)
                .owner(g.owner)
                .moduleName(g.name)
                .moduleType(g.kind)
                .build();
    }

    private static Resource resource(Entry e) {
        return Resource.builder()
                .createTime(e.created)
                .updateTime(e.updated)
                .resourceType(e.kind)
                .resourceName(e.name)
                .status(ResourceStatus.READY)
                .underlyingName(e.file.toString())
                .owner(e.owner)
                .isAsync(e.async)
                .build();
    }

    private Resource get(GetResourceRequest q) {
        synchronized (this) {
            return resource(find(q.resourceName(), q.group()));
        }
    }

    private BasicResponse delete(DeleteResourceRequest q) {
        synchronized (this) {
            Entry e = find(q.resourceName(), q.group());
            Group g = groupOf(e);
            try {
                Files.deleteIfExists(e.file);
            } catch (IOException ex) {
                throw LocalErrors.unavailable("Resource " + e.name + " could not be deleted: " + ex.getMessage());
            }
            g.entries.remove(e.name);
            g.updated = ctx.clock().instant();
            if (g.entries.isEmpty()) {
                groups.remove(g.name);
                try {
                    Files.deleteIfExists(LocalPaths.child(dir(), g.name, "group"));
                } catch (IOException ignored) {
                    // a folder left behind (for example with foreign files) does no harm
                }
            }
            saver.save();
            return new BasicResponse(true, "Resource " + g.name + "/" + e.name + " deleted");
        }
    }

    private BasicResponse owner(UpdateResourceOwnerRequest q) {
        synchronized (this) {
            Instant now = ctx.clock().instant();
            if (q.resourceName() == null) {
                Group g = groups.get(q.groupName());
                if (g == null) {
                    throw LocalErrors.notFound("Resource group " + q.groupName());
                }
                g.owner = q.newOwner();
                g.updated = now;
                saver.save();
                return new BasicResponse(true, "Owner of group " + g.name + " is now " + q.newOwner());
            }
            Entry e = find(q.resourceName(), q.groupName());
            e.owner = q.newOwner();
            e.updated = now;
            saver.save();
            return new BasicResponse(
                    true, "Owner of resource " + groupOf(e).name + "/" + e.name + " is now " + q.newOwner());
        }
    }

    private Group groupOf(Entry e) {
        for (Group g : groups.values()) {
            if (g.entries.get(e.name) == e) {
                return g;
            }
        }
        throw new IllegalStateException("orphan resource " + e.name);
    }

    /** Finds a resource by name, in a group or (when {@code group} is null) in the only group holding it. */
    private Entry find(String name, String group) {
        if (group != null) {
            Group g = groups.get(group);
            Entry e = g == null ? null : g.entries.get(name);
            if (e == null) {
                throw LocalErrors.notFound("Resource " + group + "/" + name);
            }
            return e;
        }
        List<Entry> hits = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (Group g : groups.values()) {
            Entry e = g.entries.get(name);
            if (e != null) {
                hits.add(e);
                where.add(g.name + "/" + name);
            }
        }
        if (hits.isEmpty()) {
            throw LocalErrors.notFound("Resource " + name);
        }
        if (hits.size() > 1) {
            throw LocalErrors.invalid("resource_name", name + " is in several groups " + where + "; give the group");
        }
        return hits.get(0);
    }

    /**
     * The local file of a resource a job refers to: {@code group/name}, a plain {@code name} unique
     * across groups, or the URL or path it was uploaded from.
     *
     * @param field the request field, for errors
     * @param reference the reference
     * @return the file
     */
    public Path resolve(String field, String reference) {
        if (reference == null || reference.isBlank()) {
            throw LocalErrors.invalid(field, "is required");
        }
        String ref = reference.trim();
        synchronized (this) {
            for (Group g : groups.values()) {
                for (Entry e : g.entries.values()) {
                    if (ref.equals(e.origin)) {
                        return e.file;
                    }
                }
            }
            int slash = ref.indexOf('/');
            if (slash > 0 && slash == ref.lastIndexOf('/') && scheme(ref) == null) {
                Group g = groups.get(ref.substring(0, slash));
                Entry e = g == null ? null : g.entries.get(ref.substring(slash + 1));
                if (e != null) {
                    return e.file;
                }
                throw LocalErrors.notFound(field + " resource " + ref);
            }
            if (scheme(ref) != null || ref.indexOf('/') >= 0) {
                throw LocalErrors.notFound(field + " resource " + ref
                        + " (upload it with the resource API first and refer to it as" + " group/name)");
            }
            try {
                return find(ref, null).file;
            } catch (io.lakejob.sdk.exception.ServiceException e) {
                throw "DLI.0002".equals(e.errorCode())
                        ? LocalErrors.notFound(field + " resource " + ref)
                        : LocalErrors.invalid(field, e.errorMessage());
            }
        }
    }
}
