package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.resource.ListResourcesResponse;
import io.lakejob.sdk.model.resource.Resource;
import io.lakejob.sdk.model.resource.ResourceGroup;
import io.lakejob.sdk.model.resource.ResourceKind;
import io.lakejob.sdk.model.resource.UploadResourcesRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lakejob resource}: resource packages (reference chapter 8): list, upload. */
@Command(
        name = "resource",
        mixinStandardHelpOptions = true,
        description = "Resource packages (jars, files) that jobs use: list, upload.",
        subcommands = {ResourceCommand.ListResources.class, ResourceCommand.Upload.class})
final class ResourceCommand implements Runnable {
    ResourceCommand(Lakejob root) {}

    @Override
    public void run() {
        throw new CliException(ExitCodes.USAGE, "resource needs a command: list or upload");
    }

    static Map<String, Object> json(Resource r, String group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.resourceName());
        m.put("group", group);
        m.put("type", r.resourceType());
        m.put("status", r.status());
        m.put("updateTime", r.updateTime());
        return m;
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List resource packages, grouped ones included.")
    static final class ListResources implements Callable<Integer> {
        private final Lakejob root;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: jar, pyFile, file or modelFile.")
        String kind;

        ListResources(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                ListResourcesResponse r =
                        client.resources().list(b -> b.kind(kind == null ? null : ResourceKind.of(kind)));
                List<Map<String, Object>> resources = new ArrayList<>();
                for (Resource x : r.resources()) {
                    resources.add(json(x, null));
                }
                for (ResourceGroup g : r.groups()) {
                    for (Resource x : g.details()) {
                        resources.add(json(x, g.groupName()));
                    }
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("resources", resources);
                root.output().result(result, p -> {
                    for (Map<String, Object> m : resources) {
                        p.println((m.get("group") == null ? "" : m.get("group") + "/") + m.get("name") + "\t"
                                + Output.plain(m.get("type")) + "\t" + Output.plain(m.get("status")));
                    }
                });
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "upload",
            mixinStandardHelpOptions = true,
            description = "Upload packages into a group: OBS URLs on https:// endpoints; local paths, file:// or "
                    + "http(s):// URLs on flink: endpoints.")
    static final class Upload implements Callable<Integer> {
        private final Lakejob root;

        @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The group.")
        String group;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                defaultValue = "jar",
                description = "jar (default), pyFile, file or modelFile.")
        String kind;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "What to upload.")
        List<String> paths;

        Upload(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            UploadResourcesRequest request = UploadResourcesRequest.builder()
                    .paths(paths)
                    .kind(ResourceKind.of(kind))
                    .group(group)
                    .build();
            try (LakeJobClient client = root.client(true)) {
                ResourceGroup g = client.resources().upload(request);
                List<Map<String, Object>> resources = new ArrayList<>();
                for (Resource x : g.details()) {
                    resources.add(json(x, g.groupName()));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("group", g.groupName());
                result.put("status", g.status());
                result.put("resources", resources.isEmpty() ? g.resources() : resources);
                root.output().result(result, p -> {
                    for (String name : g.resources()) {
                        p.println(g.groupName() + "/" + name);
                    }
                });
                return ExitCodes.OK;
            }
        }
    }
}
