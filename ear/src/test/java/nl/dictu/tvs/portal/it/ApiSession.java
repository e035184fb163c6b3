package nl.dictu.tvs.portal.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo account signed in to the shared server, calling the JSON API with its session and CSRF token. */
final class ApiSession {

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");

    private final PortalClient client;
    private final String csrf;

    ApiSession(DemoAccount account) {
        this(PortalClient.forSharedServer(), account);
    }

    /** Signed in through the given client, e.g. one of a cluster's nodes or its balancer. */
    ApiSession(PortalClient client, DemoAccount account) {
        this.client = client;
        csrf = PortalClient.csrfTokenIn(client.signIn(account.username, DemoAccount.PASSWORD).body());
    }

    PortalClient client() {
        return client;
    }

    HttpResponse<String> get(String path) {
        return client.get(path);
    }

    HttpResponse<byte[]> download(String path) {
        return client.getBytes(path);
    }

    HttpResponse<String> post(String path, String json) {
        return client.postJson(path, json, csrf);
    }

    HttpResponse<String> upload(String purpose, String fileName, byte[] content) {
        return client.postBytes("/api/files?purpose=" + purpose, content, fileName, csrf);
    }

    HttpResponse<String> postWithoutCsrf(String path, String json) {
        return client.postJson(path, json, "forged");
    }

    /** Waits until the caller's task list holds the task, because the process reaches it asynchronously. */
    String awaitTask(String reference, String taskKey) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> id = taskId(get("/api/tasks").body(), reference, taskKey);
            if (id.isPresent()) {
                return id.get();
            }
            PortalServer.sleep(Duration.ofMillis(300));
        }
        throw new AssertionError("Task " + taskKey + " of " + reference + " did not appear; tasks: " + get("/api/tasks").body());
    }

    HttpResponse<String> complete(String taskId, String decisionJson) {
        return post("/api/tasks/" + taskId + "/completion", decisionJson);
    }

    static Optional<String> taskId(String tasksJson, String reference, String taskKey) {
        Matcher objects = OBJECT.matcher(tasksJson);
        while (objects.find()) {
            String task = objects.group();
            if (task.contains("\"reference\":\"" + reference + "\"") && task.contains("\"taskKey\":\"" + taskKey + "\"")) {
                return Optional.of(field(task, "taskId"));
            }
        }
        return Optional.empty();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
