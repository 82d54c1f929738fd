package io.lakejob.sdk.cli;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import io.lakejob.sdk.model.queue.Queue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lakejob queue}: queues (reference chapter 6; on flink: endpoints, named execution targets). */
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = "Queues (on flink: endpoints, the named targets jobs run on).",
        subcommands = {QueueCommand.ListQueues.class})
final class QueueCommand implements Runnable {
    QueueCommand(Lakejob root) {}

    @Override
    public void run() {
        throw new CliException(ExitCodes.USAGE, "queue needs a command: list");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List queues: name, type, CUs, labels.")
    static final class ListQueues implements Callable<Integer> {
        private final Lakejob root;

        ListQueues(Lakejob root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try (LakeJobClient client = root.client(false)) {
                List<Map<String, Object>> queues = new ArrayList<>();
                for (Queue q : client.queues().listAll(ListQueuesRequest.all())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", q.queueName());
                    m.put("type", q.queueType());
                    m.put("cuCount", q.cuCount());
                    m.put("owner", q.owner());
                    m.put("labels", q.labels());
                    m.put("createTime", q.createTime());
                    queues.add(m);
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("queues", queues);
                root.output().result(result, p -> {
                    for (Map<String, Object> m : queues) {
                        p.println(m.get("name") + "\t" + Output.plain(m.get("type")) + "\t" + m.get("cuCount") + " CU"
                                + (m.get("labels") == null ? "" : "\t" + m.get("labels")));
                    }
                });
                return ExitCodes.OK;
            }
        }
    }
}
