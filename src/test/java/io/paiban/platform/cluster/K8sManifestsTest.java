package io.paiban.platform.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests (k8s/base and k8s/overlays/galera) checked field by field against the parts of the
 * Kubernetes API schema they use (apps/v1 Deployment, v1 Service, ConfigMap, Secret, policy/v1 PodDisruptionBudget,
 * kustomize Kustomization): every field must exist at its place with the right type, required fields must be there.
 * No kubeconform or schema jar is available offline, so the schema subset is written out here from the API reference;
 * a misspelt or misplaced field fails. Then what the cluster setup relies on: 3 replicas, RollingUpdate, the
 * disruption budget, readiness, the preStop delay and grace period, the pod name as instance id, the Galera overlay.
 */
class K8sManifestsTest {

    private static final ObjectMapper YAML = new YAMLMapper();

    // ---- a schema subset: types by field ---------------------------------------------------------------------

    sealed interface T permits Obj, ListOf, MapOf, Scalar {
    }

    record Obj(Map<String, T> fields, List<String> required) implements T {
    }

    record ListOf(T item) implements T {
    }

    record MapOf(T value) implements T {
    }

    enum Scalar implements T { STRING, INT, BOOL, INT_OR_STRING }

    @SuppressWarnings("unchecked")
    private static Obj obj(Object... pairs) {
        Map<String, T> fields = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            if (name.endsWith("!")) {
                name = name.substring(0, name.length() - 1);
                required.add(name);
            }
            fields.put(name, (T) pairs[i + 1]);
        }
        return new Obj(fields, required);
    }

    private static final T STR = Scalar.STRING;
    private static final T INT = Scalar.INT;
    private static final T BOOL = Scalar.BOOL;
    private static final T INT_OR_STR = Scalar.INT_OR_STRING;
    private static final T LABELS = new MapOf(STR);

    private static final Obj META = obj("name!", STR, "namespace", STR, "labels", LABELS, "annotations", LABELS);
    private static final Obj SELECTOR = obj("matchLabels", LABELS, "matchExpressions",
            new ListOf(obj("key!", STR, "operator!", STR, "values", new ListOf(STR))));
    private static final Obj HTTP_GET = obj("path", STR, "port!", INT_OR_STR, "scheme", STR);
    private static final Obj PROBE = obj("httpGet", HTTP_GET, "exec", obj("command", new ListOf(STR)),
            "initialDelaySeconds", INT, "periodSeconds", INT, "timeoutSeconds", INT, "failureThreshold", INT, "successThreshold", INT);
    private static final Obj HANDLER = obj("exec", obj("command", new ListOf(STR)), "httpGet", HTTP_GET, "sleep", obj("seconds!", INT));
    private static final Obj ENV_VAR = obj("name!", STR, "value", STR, "valueFrom", obj(
            "fieldRef", obj("fieldPath!", STR, "apiVersion", STR),
            "configMapKeyRef", obj("name", STR, "key!", STR, "optional", BOOL),
            "secretKeyRef", obj("name", STR, "key!", STR, "optional", BOOL)));
    private static final Obj CONTAINER = obj("name!", STR, "image", STR, "imagePullPolicy", STR, "args", new ListOf(STR),
            "command", new ListOf(STR),
            "ports", new ListOf(obj("name", STR, "containerPort!", INT, "protocol", STR)),
            "env", new ListOf(ENV_VAR),
            "envFrom", new ListOf(obj("configMapRef", obj("name", STR, "optional", BOOL), "secretRef", obj("name", STR, "optional", BOOL),
                    "prefix", STR)),
            "resources", obj("requests", new MapOf(INT_OR_STR), "limits", new MapOf(INT_OR_STR)),
            "startupProbe", PROBE, "readinessProbe", PROBE, "livenessProbe", PROBE,
            "lifecycle", obj("preStop", HANDLER, "postStart", HANDLER));
    private static final Obj AFFINITY_TERM = obj("topologyKey!", STR, "labelSelector", SELECTOR);
    private static final Obj POD_SPEC = obj("containers!", new ListOf(CONTAINER), "terminationGracePeriodSeconds", INT,
            "serviceAccountName", STR,
            "affinity", obj("podAntiAffinity", obj(
                    "preferredDuringSchedulingIgnoredDuringExecution", new ListOf(obj("weight!", INT, "podAffinityTerm!", AFFINITY_TERM)),
                    "requiredDuringSchedulingIgnoredDuringExecution", new ListOf(AFFINITY_TERM))));
    private static final Obj DEPLOYMENT_SPEC = obj("replicas", INT, "selector", SELECTOR,
            "strategy", obj("type", STR, "rollingUpdate", obj("maxUnavailable", INT_OR_STR, "maxSurge", INT_OR_STR)),
            "minReadySeconds", INT, "revisionHistoryLimit", INT, "progressDeadlineSeconds", INT,
            "template!", obj("metadata", obj("labels", LABELS, "annotations", LABELS), "spec!", POD_SPEC));
    private static final Map<String, Obj> KINDS = Map.of(
            "apps/v1 Deployment", obj("apiVersion!", STR, "kind!", STR, "metadata!", META, "spec!", DEPLOYMENT_SPEC),
            "v1 Service", obj("apiVersion!", STR, "kind!", STR, "metadata!", META, "spec!", obj("type", STR, "selector", LABELS,
                    "ports!", new ListOf(obj("name", STR, "port!", INT, "targetPort", INT_OR_STR, "protocol", STR)))),
            "v1 ConfigMap", obj("apiVersion!", STR, "kind!", STR, "metadata!", META, "data", new MapOf(STR)),
            "v1 Secret", obj("apiVersion!", STR, "kind!", STR, "metadata!", META, "type", STR, "stringData", new MapOf(STR),
                    "data", new MapOf(STR)),
            "policy/v1 PodDisruptionBudget", obj("apiVersion!", STR, "kind!", STR, "metadata!", META,
                    "spec!", obj("maxUnavailable", INT_OR_STR, "minAvailable", INT_OR_STR, "selector!", SELECTOR,
                            "unhealthyPodEvictionPolicy", STR)),
            "kustomize.config.k8s.io/v1beta1 Kustomization", obj("apiVersion!", STR, "kind!", STR, "resources", new ListOf(STR),
                    "labels", new ListOf(obj("pairs!", LABELS, "includeSelectors", BOOL, "includeTemplates", BOOL)),
                    "images", new ListOf(obj("name!", STR, "newName", STR, "newTag", STR, "digest", STR)),
                    "patches", new ListOf(obj("path", STR, "patch", STR, "target", obj("kind", STR, "name", STR))),
                    "namespace", STR));

    private static void check(JsonNode node, T type, String path, List<String> errors) {
        if (type instanceof Obj o) {
            if (!node.isObject()) {
                errors.add(path + ": expected an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                T field = o.fields().get(f.getKey());
                if (field == null) {
                    errors.add(path + "." + f.getKey() + ": no such field");
                } else {
                    check(f.getValue(), field, path + "." + f.getKey(), errors);
                }
            }
            for (String r : o.required()) {
                if (!node.has(r)) {
                    errors.add(path + "." + r + ": required");
                }
            }
        } else if (type instanceof ListOf l) {
            if (!node.isArray()) {
                errors.add(path + ": expected a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), l.item(), path + "[" + i + "]", errors);
            }
        } else if (type instanceof MapOf m) {
            if (!node.isObject()) {
                errors.add(path + ": expected a map");
                return;
            }
            node.fields().forEachRemaining(f -> check(f.getValue(), m.value(), path + "." + f.getKey(), errors));
        } else {
            Scalar s = (Scalar) type;
            boolean ok = switch (s) {
                case STRING -> node.isTextual();
                case INT -> node.isInt() || node.isLong();
                case BOOL -> node.isBoolean();
                case INT_OR_STRING -> node.isTextual() || node.isInt();
            };
            if (!ok) {
                errors.add(path + ": expected " + s + ", found " + node.getNodeType());
            }
        }
    }

    // ---- the manifests ----------------------------------------------------------------------------------------

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isEmpty()) {
                    docs.add(d);
                }
            });
        }
        return docs;
    }

    /** kind -> document, for a kustomization folder (its resources and patches, recursively for bases). */
    private static Map<String, List<JsonNode>> load(Path dir, List<String> errors) throws IOException {
        Map<String, List<JsonNode>> byKind = new HashMap<>();
        JsonNode kustomization = documents(dir.resolve("kustomization.yaml")).get(0);
        validate(kustomization, dir.resolve("kustomization.yaml").toString(), errors);
        byKind.computeIfAbsent("Kustomization", k -> new ArrayList<>()).add(kustomization);
        List<String> files = new ArrayList<>();
        kustomization.path("resources").forEach(r -> files.add(r.asText()));
        kustomization.path("patches").forEach(p -> files.add(p.path("path").asText()));
        for (String f : files) {
            Path p = dir.resolve(f).normalize();
            assertTrue(Files.exists(p), dir + " names a missing " + f);
            if (Files.isDirectory(p)) {
                load(p, errors).forEach((k, v) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
                continue;
            }
            for (JsonNode doc : documents(p)) {
                validate(doc, p.toString(), errors);
                byKind.computeIfAbsent(doc.path("kind").asText(), k -> new ArrayList<>()).add(doc);
            }
        }
        return byKind;
    }

    private static void validate(JsonNode doc, String file, List<String> errors) {
        String key = doc.path("apiVersion").asText() + " " + doc.path("kind").asText();
        Obj schema = KINDS.get(key);
        if (schema == null) {
            errors.add(file + ": unknown apiVersion/kind " + key);
        } else {
            check(doc, schema, file + ":" + doc.path("kind").asText(), errors);
        }
    }

    private static Path k8s() {
        return Path.of("k8s");
    }

    @Test
    void everyManifestFollowsTheSchema() throws IOException {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(k8s())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (JsonNode doc : documents(f)) {
                    validate(doc, f.toString(), errors);
                }
            }
        }
        assertEquals(List.of(), errors);
        // and the checker catches what it should
        List<String> caught = new ArrayList<>();
        ObjectNode bad = (ObjectNode) documents(k8s().resolve("base/pdb.yaml")).get(0).deepCopy();
        ((ObjectNode) bad.get("spec")).put("maxUnavailabel", 1);
        ((ObjectNode) bad.get("spec")).put("minAvailable", true);
        validate(bad, "bad", caught);
        assertEquals(2, caught.size(), caught.toString());
    }

    @Test
    void theBaseRunsThreeReplicasThatDrainOnShutdown() throws IOException {
        List<String> errors = new ArrayList<>();
        Map<String, List<JsonNode>> base = load(k8s().resolve("base"), errors);
        assertEquals(List.of(), errors);
        JsonNode deployment = base.get("Deployment").get(0);
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        assertEquals("RollingUpdate", deployment.at("/spec/strategy/type").asText());
        assertEquals(1, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        // the pod leaves the Service (preStop) before SIGTERM starts the drain, and the grace period covers both
        int preStop = Integer.parseInt(container.at("/lifecycle/preStop/exec/command/1").asText());
        int grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        assertTrue(preStop >= container.at("/readinessProbe/periodSeconds").asInt(), "preStop outlasts one readiness period");
        assertTrue(grace >= preStop + 30, "grace " + grace + " s covers the preStop delay and the hand-back of running solves");
        boolean podName = false;
        for (JsonNode env : container.path("env")) {
            podName |= env.path("name").asText().equals("PAIBAN_CLUSTER_INSTANCE_ID")
                    && env.at("/valueFrom/fieldRef/fieldPath").asText().equals("metadata.name");
        }
        assertTrue(podName, "the pod name is the replica's instance id");

        JsonNode pdb = base.get("PodDisruptionBudget").get(0);
        assertEquals(1, pdb.at("/spec/maxUnavailable").asInt());
        JsonNode labels = base.get("Kustomization").get(0).at("/labels/0/pairs");
        pdb.at("/spec/selector/matchLabels").fields().forEachRemaining(l ->
                assertEquals(l.getValue().asText(), labels.path(l.getKey()).asText(), "the PDB selects the Deployment's pods"));
        assertTrue(base.get("Kustomization").get(0).path("resources").toString().contains("pdb.yaml"));
    }

    @Test
    void theGaleraOverlayPointsAtThreeNodes() throws IOException {
        List<String> errors = new ArrayList<>();
        Map<String, List<JsonNode>> galera = load(k8s().resolve("overlays/galera"), errors);
        assertEquals(List.of(), errors);
        assertEquals(2, galera.get("ConfigMap").size(), "the base ConfigMap and the overlay's patch");
        JsonNode patch = galera.get("ConfigMap").get(1);
        assertEquals(galera.get("ConfigMap").get(0).at("/metadata/name"), patch.at("/metadata/name"), "the patch targets the base ConfigMap");
        String url = patch.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertTrue(url.startsWith("jdbc:mariadb:sequential://"), url);
        String hosts = url.substring("jdbc:mariadb:sequential://".length(), url.indexOf('/', "jdbc:mariadb:sequential://".length()));
        assertEquals(3, hosts.split(",").length, url);
        assertTrue(url.contains("wsrep_sync_wait=1"), url);
        assertTrue(Integer.parseInt(patch.at("/data/PAIBAN_ROSTER_LEASE_SECONDS").asText()) >= 30);
    }
}
