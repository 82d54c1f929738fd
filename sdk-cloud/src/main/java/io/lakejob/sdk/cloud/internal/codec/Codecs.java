package io.lakejob.sdk.cloud.internal.codec;

import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.Operations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of operation codecs, keyed by operation name. The transport's capabilities are
 * exactly the operations named here.
 *
 * <p>The codecs of a group (queues, SQL jobs, ...) are built the first time an operation of that
 * group is called, so a client that only lists queues never loads the classes and lambdas of the
 * other 77 operations: about a third of the classes a fresh JVM loaded before its first call.
 * The names come from the catalogue ({@link Catalogue#NAMES}: every operation with a REST
 * binding), so no list of names is kept by hand. Whether an operation is mapped is its own REST
 * binding ({@link #supports}), so a first call reads neither the catalogue nor the other groups'
 * classes; {@link #all()} builds every group and fails loudly where a group's codecs do not map
 * exactly the catalogue's REST operations of that group (the test suite calls it).
 */
public final class Codecs {
    /** Every operation the REST transport maps, by group, in catalogue order. */
    static final class Catalogue {
        /**
         * Read from the catalogue the first time something asks for the whole list (tests, {@link
         * #names()}): walking the catalogue loads every operation's request and response class,
         * which a client's first call does not need.
         */
        static final Map<OperationGroup, List<String>> NAMES = restOperationNames();

        static final Set<String> ALL_NAMES = allNames();

        private Catalogue() {}
    }

    private final Map<OperationGroup, Map<String, OperationCodec<?, ?>>> groups;
    private final Map<String, OperationCodec<?, ?>> fixed;

    private Codecs(Map<String, OperationCodec<?, ?>> fixed) {
        this.fixed = fixed;
        this.groups = fixed == null ? new ConcurrentHashMap<>() : Map.of();
    }

    /**
     * The REST operations of the catalogue ({@link Operations#all()}, those with a REST binding),
     * by group: the one list of names, kept by the operations themselves.
     */
    private static Map<OperationGroup, List<String>> restOperationNames() {
        Map<OperationGroup, List<String>> m = new LinkedHashMap<>();
        for (Operation<?, ?> op : Operations.all()) {
            if (op.hasRestBinding()) {
                m.computeIfAbsent(op.group(), g -> new ArrayList<>()).add(op.name());
            }
        }
        m.replaceAll((g, names) -> List.copyOf(names));
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> allNames() {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> g : Catalogue.NAMES.values()) {
            all.addAll(g);
        }
        return Collections.unmodifiableSet(all);
    }

    /**
     * The registry the transport uses: every group, each built on first use.
     *
     * @return a lazy registry
     */
    public static Codecs lazy() {
        return new Codecs(null);
    }

    /**
     * A registry of exactly the given codecs (tests register one codec at a time).
     *
     * @param codecs codecs by operation name
     * @return a fixed registry
     */
    public static Codecs of(Map<String, OperationCodec<?, ?>> codecs) {
        return new Codecs(Map.copyOf(codecs));
    }

    /**
     * The names of the operations this registry maps.
     *
     * @return the names
     */
    public Set<String> names() {
        return fixed == null ? Catalogue.ALL_NAMES : fixed.keySet();
    }

    /**
     * Whether this registry maps the operation, without building anything: for the transport's
     * registry, every operation of the catalogue with a REST binding ({@link #all()} checks, for the
     * test suite, that the codecs map exactly those).
     *
     * @param operation the operation
     * @return whether {@link #get} returns a codec for it
     */
    public boolean supports(Operation<?, ?> operation) {
        return fixed == null ? operation.hasRestBinding() : fixed.containsKey(operation.name());
    }

    /**
     * The codec of an operation, building its group on first use.
     *
     * @param operation the operation
     * @return the codec, or {@code null} when this registry does not map the operation
     */
    public OperationCodec<?, ?> get(Operation<?, ?> operation) {
        if (fixed != null) {
            return fixed.get(operation.name());
        }
        if (!operation.hasRestBinding()) {
            return null;
        }
        return groups.computeIfAbsent(operation.group(), g -> build(group(g))).get(operation.name());
    }

    /**
     * The groups built so far (tests check that a call builds only its own group).
     *
     * @return the built groups
     */
    Set<OperationGroup> builtGroups() {
        return Set.copyOf(groups.keySet());
    }

    private static Map<String, OperationCodec<?, ?>> buildGroup(OperationGroup group) {
        Map<String, OperationCodec<?, ?>> built = build(group(group));
        List<String> declared = Catalogue.NAMES.getOrDefault(group, List.of());
        if (!built.keySet().equals(new LinkedHashSet<>(declared))) {
            throw new IllegalStateException("The " + group + " codecs map " + built.keySet()
                    + " but the catalogue's REST operations are " + declared);
        }
        return built;
    }

    private static List<OperationCodec<?, ?>> group(OperationGroup group) {
        return switch (group) {
            case QUEUES -> concat(QueueCodecs.all(), QueuePlanCodecs.all());
            case SQL_JOBS -> SqlJobCodecs.all();
            case RESOURCES -> ResourceCodecs.all();
            case CONNECTIONS -> ConnectionCodecs.all();
            case PERMISSIONS -> PermissionCodecs.all();
            case CATALOG -> CatalogCodecs.all();
            case VARIABLES -> VariableCodecs.all();
            case FLINK_JOBS -> FlinkJobCodecs.all();
            case BATCHES -> BatchCodecs.all();
            case TEMPLATES -> TemplateCodecs.all();
            default -> List.of();
        };
    }

    /**
     * Every codec of every group, built now, by operation name (tests, and tools that list what
     * the transport maps).
     *
     * @return an immutable map in registration order
     */
    public static Map<String, OperationCodec<?, ?>> all() {
        Map<String, OperationCodec<?, ?>> all = new LinkedHashMap<>();
        for (OperationGroup g : Catalogue.NAMES.keySet()) {
            all.putAll(buildGroup(g));
        }
        return Collections.unmodifiableMap(all);
    }

    @SafeVarargs
    static List<OperationCodec<?, ?>> concat(List<OperationCodec<?, ?>>... groups) {
        List<OperationCodec<?, ?>> all = new ArrayList<>();
        for (List<OperationCodec<?, ?>> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    public static Map<String, OperationCodec<?, ?>> build(List<OperationCodec<?, ?>> codecs) {
        Map<String, OperationCodec<?, ?>> map = new LinkedHashMap<>();
        for (OperationCodec<?, ?> c : codecs) {
            if (map.put(c.operation().name(), c) != null) {
                throw new IllegalStateException(
                        "Two codecs for operation " + c.operation().name());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
