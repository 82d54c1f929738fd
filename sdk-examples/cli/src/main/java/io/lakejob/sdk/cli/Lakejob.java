package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.LakeJobClientBuilder;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.DefaultCredentialsChain;
import io.lakejob.sdk.auth.TokenCredentials;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.flink.FlinkOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code lakejob}: a command line over the LakeJob SDK for schedulers' shell tasks. It parses,
 * calls the SDK's API and formats; every command works on any endpoint the SDK serves
 * ({@code https://} DLI-compatible services, {@code flink:local}, {@code flink:standalone://...},
 * YARN and Kubernetes targets), with the SDK's default credential chain.
 *
 * <p>Run it with {@code java -jar lakejob.jar --help}. Programs that embed it call
 * {@link #execute(String...)} on an instance made with
 * {@link #Lakejob(Map, Map, PrintStream, PrintStream, ClientFactory)}.
 */
@Command(
        name = "lakejob",
        mixinStandardHelpOptions = true,
        versionProvider = Lakejob.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "A command line over the LakeJob SDK: Flink SQL and jar jobs, SQL statement jobs, queues and "
                    + "resources, on a DLI-compatible service (https://...) or on Flink (flink:local, "
                    + "flink:standalone://host:port, YARN, Kubernetes).",
            "",
            "The endpoint, project id and credentials come from the options or from the SDK's default "
                    + "chain: system properties (lakejob.endpoint, lakejob.accessKey, ...), environment "
                    + "variables (LAKEJOB_ENDPOINT, LAKEJOB_PROJECT_ID, LAKEJOB_AK/LAKEJOB_SK, "
                    + "HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK/HUAWEICLOUD_SDK_SECURITY_TOKEN), then a "
                    + "profile of ~/.lakejob/credentials. A token (LAKEJOB_TOKEN or --token-file) is "
                    + "sent in --token-header instead. Secrets are never printed.",
            ""
        },
        subcommands = {
            FlinkJobCommand.class,
            SqlCommand.class,
            QueueCommand.class,
            ResourceCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Lakejob implements Runnable {
    /** Environment variable: the token sent in {@code --token-header} (instead of AK/SK). */
    public static final String ENV_TOKEN = "LAKEJOB_TOKEN";
    /** Environment variable: a file holding the token. */
    public static final String ENV_TOKEN_FILE = "LAKEJOB_TOKEN_FILE";
    /** Environment variable: the header the token is sent in (default {@code X-Auth-Token}). */
    public static final String ENV_TOKEN_HEADER = "LAKEJOB_TOKEN_HEADER";
    /** Environment variable: the state folder of {@code flink:} endpoints. */
    public static final String ENV_STATE_DIR = "LAKEJOB_STATE_DIR";

    static final String[] EXIT_CODES = {
        ExitCodes.OK + ":done (a job waited for reached its target)",
        ExitCodes.JOB_FAILED + ":the job failed (ended failed or cancelled)",
        ExitCodes.USAGE + ":bad usage (unknown option, missing or invalid argument)",
        ExitCodes.CONFIGURATION
                + ":configuration (no endpoint or credentials, unsupported operation, busy state folder)",
        ExitCodes.TIMEOUT + ":timeout (the job may still be running)",
        ExitCodes.OUTCOME_UNKNOWN + ":outcome unknown (sent, no answer: look before repeating)",
        ExitCodes.SERVICE_ERROR + ":the service refused (error answer, unknown job, refused action)",
        ExitCodes.UNREACHABLE + ":the service could not be reached",
        ExitCodes.INTERNAL + ":internal error (a bug)",
        ExitCodes.INTERRUPTED + ":interrupted"
    };

    @Option(
            names = "--endpoint",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description =
                    "https://dli.<region>.myhuaweicloud.com, flink:local, flink:standalone://host:port, "
                            + "flink:yarn-session, ... (default: lakejob.endpoint, LAKEJOB_ENDPOINT, the profile's endpoint or region).")
    String endpoint;

    @Option(
            names = "--project-id",
            scope = ScopeType.INHERIT,
            paramLabel = "ID",
            description = "The project id of https:// endpoints (default: from the credential chain).")
    String projectId;

    @Option(
            names = "--profile",
            scope = ScopeType.INHERIT,
            paramLabel = "NAME",
            description = "The profile of ~/.lakejob/credentials (default: lakejob.profile, LAKEJOB_PROFILE, default).")
    String profile;

    @Option(
            names = "--token-header",
            scope = ScopeType.INHERIT,
            paramLabel = "HEADER",
            description = "Authenticate with a token sent in this header, e.g. token (DolphinScheduler style); "
                    + "the token comes from LAKEJOB_TOKEN or --token-file, never from the command line "
                    + "(default header X-Auth-Token, or LAKEJOB_TOKEN_HEADER).")
    String tokenHeader;

    @Option(
            names = "--token-file",
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description = "A file holding the token (default: LAKEJOB_TOKEN_FILE).")
    Path tokenFile;

    @Option(
            names = "--state-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "flink: endpoints: where job definitions, status, savepoints and resources are kept "
                    + "between commands (default: LAKEJOB_STATE_DIR, else ~/.lakejob/state). Give each "
                    + "concurrently running task its own.")
    Path stateDir;

    @Option(
            names = "--no-state",
            scope = ScopeType.INHERIT,
            description = "flink: endpoints: keep nothing between commands (everything in memory).")
    boolean noState;

    @Option(
            names = {"-P", "--property"},
            scope = ScopeType.INHERIT,
            paramLabel = "KEY=VALUE",
            description =
                    "A client property, e.g. -P flink.local.slots=8 or -P cloud.maxResponseBytes=... (repeatable).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(
            names = {"-o", "--output"},
            scope = ScopeType.INHERIT,
            paramLabel = "FORMAT",
            description = "text (default) or json: one JSON object on stdout, also for errors.")
    Output.Format format = Output.Format.text;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "No progress lines on stderr (warnings and errors still show).")
    boolean quiet;

    @Option(
            names = "--progress-every",
            scope = ScopeType.INHERIT,
            paramLabel = "DURATION",
            converter = Durations.class,
            description = "While waiting, say the status still holds this often (default 30s; none: only changes).")
    Duration progressEvery = Duration.ofSeconds(30);

    private final Map<String, String> env;
    private final Map<String, String> systemProperties;
    private final PrintStream out;
    private final PrintStream err;
    private final ClientFactory clients;
    private final Output output;

    /**
     * A command line over this process's environment, system properties and standard streams.
     */
    public Lakejob() {
        this(System.getenv(), systemProperties(), System.out, System.err, ClientFactory.DEFAULT);
    }

    /**
     * A command line over the given environment and streams.
     *
     * @param env the environment variables (the credential chain and the LAKEJOB_* settings)
     * @param systemProperties the system properties (the credential chain, {@code user.home})
     * @param out where results go
     * @param err where progress, warnings and errors go
     * @param clients opens the SDK client of each command
     */
    public Lakejob(
            Map<String, String> env,
            Map<String, String> systemProperties,
            PrintStream out,
            PrintStream err,
            ClientFactory clients) {
        this.env = Map.copyOf(env);
        this.systemProperties = Map.copyOf(systemProperties);
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.output = new Output(out, err);
    }

    /**
     * Runs {@code lakejob} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new Lakejob().execute(args));
    }

    /**
     * Runs one command.
     *
     * @param args the command line, for example {@code flink-job run --name orders --sql-file orders.sql --rows}
     * @return the exit code, one of {@link ExitCodes}
     */
    public int execute(String... args) {
        CommandLine cmd = commandLine(this);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Duration.class, new Durations());
        cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        exitCodes(cmd);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
            int code = ExitCodes.of(cause);
            output().error(code, cause);
            return code;
        });
        cmd.setParameterExceptionHandler((e, rawArgs) -> {
            CommandLine at = e.getCommandLine();
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException u) {
                // Name unknown options, never repeat values: a secret typed on the command line
                // (--token=...) must not reach the scheduler's log.
                List<String> options = new ArrayList<>();
                for (String a : u.getUnmatched()) {
                    if (a.startsWith("-")) {
                        options.add("'" + (a.contains("=") ? a.substring(0, a.indexOf('=')) : a) + "'");
                    }
                }
                message = options.isEmpty()
                        ? "Unexpected argument(s) for " + at.getCommandSpec().qualifiedName() + " (not repeated here)"
                        : "Unknown option" + (options.size() > 1 ? "s" : "") + ": " + String.join(", ", options)
                                + (options.size() < u.getUnmatched().size()
                                        ? " (other arguments not repeated here)"
                                        : "");
            }
            at.getErr().println("lakejob: error: " + message);
            at.getErr().println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for more information.");
            at.getErr().flush();
            for (int i = 0; i + 1 < rawArgs.length; i++) {
                if ((rawArgs[i].equals("-o") || rawArgs[i].equals("--output")) && rawArgs[i + 1].equals("json")) {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("exitCode", ExitCodes.USAGE);
                    error.put("kind", ExitCodes.name(ExitCodes.USAGE));
                    error.put("message", message);
                    out.println(Output.toJson(Map.of("error", error)));
                    out.flush();
                }
            }
            return ExitCodes.USAGE;
        });
        return cmd.execute(args);
    }

    /** The command tree of a command line (its subcommands made with it as their root). */
    static CommandLine commandLine(Lakejob lakejob) {
        return new CommandLine(lakejob, lakejob.new Factory());
    }

    private static void exitCodes(CommandLine cmd) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String c : EXIT_CODES) {
            int colon = c.indexOf(':');
            codes.put(c.substring(0, colon), c.substring(colon + 1));
        }
        cmd.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                exitCodes(sub);
            }
        }
    }

    @Override
    public void run() {
        commandLine(this).usage(err);
        throw new CliException(ExitCodes.USAGE, "a command is required: flink-job, sql, queue or resource");
    }

    /** Creates subcommands with this command line as their root. */
    private final class Factory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls.isInterface() || !cls.getPackageName().equals(Lakejob.class.getPackageName())) {
                return CommandLine.defaultFactory().create(cls);
            }
            try {
                Constructor<K> c = cls.getDeclaredConstructor(Lakejob.class);
                return c.newInstance(Lakejob.this);
            } catch (NoSuchMethodException e) {
                Constructor<K> c = cls.getDeclaredConstructor();
                return c.newInstance();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The output, set up from the options. */
    Output output() {
        output.format(format);
        output.quiet(quiet);
        return output;
    }

    Duration progressEvery() {
        return progressEvery;
    }

    /**
     * Opens the client of a command.
     *
     * @param changesState whether the command changes jobs or resources (then a flink: state folder
     *     that another live lakejob process holds is refused, instead of changes silently not saved)
     * @return the client; the caller closes it
     */
    LakeJobClient client(boolean changesState) {
        DefaultCredentialsChain.Builder chainBuilder = DefaultCredentialsChain.builder()
                .systemProperties(systemProperties)
                .environment(env);
        if (profile != null) {
            chainBuilder.profile(profile);
        }
        DefaultCredentialsChain chain = chainBuilder.build();
        String endpoint = this.endpoint;
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = chain.endpoint()
                    .orElseThrow(
                            () -> new ConfigurationException("No endpoint: give --endpoint (for example flink:local or "
                                    + "https://dli.cn-north-4.myhuaweicloud.com), or set one in: "
                                    + chain.lookedIn(DefaultCredentialsChain.Setting.ENDPOINT)));
        }
        endpoint = endpoint.trim();
        LakeJobClientBuilder builder =
                LakeJobClient.builder().endpoint(endpoint).userAgentSuffix("lakejob-cli/" + version());
        if (endpoint.startsWith("flink:")) {
            Path state = stateDir();
            if (state != null) {
                Path metadata = state.resolve("metadata");
                builder.property(FlinkOptions.METADATA_DIR, metadata.toString());
                builder.property(
                        FlinkOptions.SAVEPOINT_DIR, state.resolve("savepoints").toString());
                builder.property(
                        FlinkOptions.RESOURCES_DIR, state.resolve("resources").toString());
                if (changesState && !properties.containsKey(FlinkOptions.METADATA_DIR)) {
                    checkFree(metadata);
                }
            }
        } else {
            String project = projectId != null ? projectId : chain.projectId().orElse(null);
            if (project != null) {
                builder.projectId(project);
            }
            String token = token();
            if (token != null) {
                String header = tokenHeader != null ? tokenHeader : env.get(ENV_TOKEN_HEADER);
                builder.credentials(Credentials.token(
                        token, header == null || header.isBlank() ? TokenCredentials.DEFAULT_HEADER : header));
            } else if (tokenHeader != null) {
                throw new ConfigurationException(
                        "--token-header " + tokenHeader + " needs a token: set " + ENV_TOKEN + " or " + ENV_TOKEN_FILE
                                + ", or give --token-file (a token is never taken from the command line)");
            } else {
                builder.credentialsProvider(chain);
            }
        }
        properties.forEach(builder::property);
        return clients.open(builder, endpoint);
    }

    private Path stateDir() {
        if (noState) {
            return null;
        }
        if (stateDir != null) {
            return stateDir.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_STATE_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String home = systemProperties.get("user.home");
        if (home == null || home.isBlank()) {
            throw new ConfigurationException("No state folder: user.home is not set; give --state-dir or --no-state");
        }
        return Path.of(home, ".lakejob", "state");
    }

    private String token() {
        Path file = tokenFile;
        if (file == null
                && env.get(ENV_TOKEN_FILE) != null
                && !env.get(ENV_TOKEN_FILE).isBlank()) {
            file = Path.of(env.get(ENV_TOKEN_FILE));
        }
        if (file != null) {
            try {
                String token = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (token.isEmpty()) {
                    throw new ConfigurationException("The token file " + file + " is empty");
                }
                return token;
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read the token file " + file + ": "
                        + e.getClass().getSimpleName());
            }
        }
        String token = env.get(ENV_TOKEN);
        return token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * Refuses a state folder whose metadata another live client holds: the SDK would open it
     * read-only and not save this command's changes.
     */
    private static void checkFree(Path metadata) {
        Path lockFile = metadata.resolve(".lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new CliException(
                        ExitCodes.CONFIGURATION,
                        "The state folder " + metadata.getParent() + " is in use by another running lakejob (or SDK "
                                + "client); its changes would not be saved. Wait for it, or give this task its own "
                                + "--state-dir.");
            }
            lock.release();
        } catch (IOException e) {
            // Not readable as a lock: the SDK reports what is wrong with the folder.
        }
    }

    static String version() {
        try (InputStream in = Lakejob.class.getResourceAsStream("/lakejob-cli.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            m.put(name, System.getProperty(name));
        }
        return m;
    }

    /** {@code lakejob --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lakejob " + version() + " (LakeJob SDK command line), Java " + Runtime.version()};
        }
    }
}
