// Validates rendered overlays: every object against its schema (Kubernetes API schemas from kubernetes-models,
// the Strimzi and CloudNativePG CRD schemas from their @kubernetes-models packages), then what the suite needs
// of them: probes, limits and hardening on every Deployment, a PodDisruptionBudget, autoscaler and NetworkPolicy
// for each, a KafkaTopic with the services' own settings for every topic they declare, ACLs only on declared
// topics, and no Secret value anywhere.
//
//   node check.mjs TOPICS_JSON RENDERED.yaml...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const [topicsFile, ...renderedFiles] = process.argv.slice(2);
const declaredTopics = JSON.parse(readFileSync(topicsFile, "utf8"));
let failures = 0;

function fail(where, message) {
    failures++;
    console.error(`FAIL ${where}: ${message}`);
}

// apiVersion to the package that holds its models; anything else has no schema here and is refused.
function modulePath(apiVersion, kind) {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
    if (group === "kafka.strimzi.io") {
        return `@kubernetes-models/strimzi-kafka-operator/${group}/${version}/${kind}`;
    }
    if (group === "postgresql.cnpg.io") {
        return `@kubernetes-models/cloudnative-pg/${group}/${version}/${kind}`;
    }
    return group === "" ? `kubernetes-models/v1/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

async function validate(where, object) {
    let model;
    try {
        model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
    } catch (e) {
        fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
        return;
    }
    try {
        new model(object).validate();
    } catch (e) {
        fail(where, `does not match the ${object.apiVersion} ${object.kind} schema: ${e.message}`);
    }
}

const selects = (selector, labels) =>
    Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v);

function checkDeployment(where, deployment, all) {
    const spec = deployment.spec;
    const labels = spec.template.metadata?.labels ?? {};
    if ((spec.replicas ?? 1) < 2) fail(where, "runs fewer than two replicas");
    const pod = spec.template.spec;
    if (pod.securityContext?.runAsNonRoot !== true) fail(where, "may run as root");
    for (const c of pod.containers) {
        const at = `${where} container ${c.name}`;
        for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
            if (!c[probe]) fail(at, `has no ${probe}`);
        }
        if (c.livenessProbe?.httpGet?.path !== "/q/health/live") fail(at, "liveness is not /q/health/live");
        if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") fail(at, "readiness is not /q/health/ready");
        for (const r of ["cpu", "memory"]) {
            if (!c.resources?.requests?.[r]) fail(at, `requests no ${r}`);
            if (!c.resources?.limits?.[r]) fail(at, `has no ${r} limit`);
        }
        if (c.securityContext?.readOnlyRootFilesystem !== true) fail(at, "root filesystem is writable");
        if (c.securityContext?.allowPrivilegeEscalation !== false) fail(at, "may escalate privileges");
        // A *_FILE variable names where a secret is mounted: its folder must be a volume of a Secret.
        const secretDirs = (c.volumeMounts ?? [])
            .filter((m) => (pod.volumes ?? []).some((v) => v.name === m.name && v.secret))
            .map((m) => m.mountPath.replace(/\/$/, ""));
        for (const e of c.env ?? []) {
            if (!/PASSWORD|SECRET|JAAS|TOKEN/.test(e.name) || e.value === undefined) continue;
            if (e.name.endsWith("_FILE")) {
                if (!secretDirs.includes(e.value.replace(/\/[^/]*$/, ""))) {
                    fail(at, `${e.name} names ${e.value}, which is not in a volume of a Secret`);
                }
            } else {
                fail(at, `${e.name} is a literal value; secrets come from a Secret`);
            }
        }
    }
    const name = deployment.metadata.name;
    const of = (kind) => all.filter((o) => o.kind === kind);
    if (!of("PodDisruptionBudget").some((p) => selects(p.spec.selector, labels))) {
        fail(where, "has no PodDisruptionBudget");
    }
    if (!of("HorizontalPodAutoscaler").some((h) => h.spec.scaleTargetRef.kind === "Deployment"
        && h.spec.scaleTargetRef.name === name && h.spec.minReplicas >= 2)) {
        fail(where, "has no HorizontalPodAutoscaler keeping two replicas");
    }
    if (!of("NetworkPolicy").some((n) => Object.keys(n.spec.podSelector?.matchLabels ?? {}).length > 0
        && selects(n.spec.podSelector, labels))) {
        fail(where, "has no NetworkPolicy of its own");
    }
}

function checkTopics(where, all) {
    const topics = new Map(all.filter((o) => o.kind === "KafkaTopic")
        .map((t) => [t.spec.topicName ?? t.metadata.name, t]));
    for (const [name, declared] of Object.entries(declaredTopics)) {
        const topic = topics.get(name);
        if (!topic) {
            fail(where, `topic ${name}, which the services declare, has no KafkaTopic`);
            continue;
        }
        if (topic.spec.partitions !== declared.partitions) {
            fail(where, `KafkaTopic ${name} has ${topic.spec.partitions} partitions, the code declares `
                + declared.partitions);
        }
        for (const [key, value] of Object.entries(declared.config)) {
            if (String(topic.spec.config?.[key]) !== String(value)) {
                fail(where, `KafkaTopic ${name} sets ${key}=${topic.spec.config?.[key]}, the code ${value}`);
            }
        }
    }
    for (const [name, topic] of topics) {
        const extra = Object.keys(topic.spec.config ?? {})
            .filter((k) => k !== "min.insync.replicas" && !(name in declaredTopics && k in declaredTopics[name].config));
        if (name in declaredTopics && extra.length > 0) {
            fail(where, `KafkaTopic ${name} sets ${extra.join(", ")}, which the code does not`);
        }
        if (topic.spec.replicas !== 3 || Number(topic.spec.config?.["min.insync.replicas"]) !== 2) {
            fail(where, `KafkaTopic ${name} is not three replicas with min.insync.replicas 2`);
        }
    }
    for (const user of all.filter((o) => o.kind === "KafkaUser")) {
        for (const acl of user.spec.authorization?.acls ?? []) {
            const r = acl.resource;
            if (r.name === "*" || acl.operations.includes("All")) {
                fail(where, `KafkaUser ${user.metadata.name} is allowed everything on ${r.type} ${r.name}`);
            }
            if (r.type === "topic" && r.patternType !== "prefix" && !topics.has(r.name)) {
                fail(where, `KafkaUser ${user.metadata.name} has ACLs on ${r.name}, which no KafkaTopic declares`);
            }
            if (r.type === "topic" && r.patternType === "prefix" && !r.name.startsWith(user.metadata.name + ".")) {
                fail(where, `KafkaUser ${user.metadata.name} has a prefix ACL beyond its own topics: ${r.name}`);
            }
            if (r.type === "group" && !r.name.startsWith(user.metadata.name)) {
                fail(where, `KafkaUser ${user.metadata.name} may use another's consumer group ${r.name}`);
            }
        }
    }
}

for (const file of renderedFiles) {
    const documents = parseAllDocuments(readFileSync(file, "utf8"));
    const all = [];
    for (const document of documents) {
        if (document.errors.length > 0) {
            fail(file, `is not YAML: ${document.errors[0].message}`);
            continue;
        }
        const object = document.toJS();
        if (object) all.push(object);
    }
    for (const object of all) {
        const where = `${file}: ${object.kind} ${object.metadata?.name}`;
        await validate(where, object);
        if (object.kind === "Secret") fail(where, "a Secret is committed; secrets are created in the cluster");
        if (object.kind === "Deployment") checkDeployment(where, object, all);
    }
    if (!all.some((o) => o.kind === "Deployment")) fail(file, "renders no Deployment");
    checkTopics(file, all);
    console.log(`${file}: ${all.length} objects checked`);
}
if (failures > 0) {
    console.error(`${failures} problem(s)`);
    process.exit(1);
}
