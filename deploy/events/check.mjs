// Checks the events contract with tools nobody here wrote, as an integrator would meet it:
//  - docs/asyncapi.yaml must parse and validate with the AsyncAPI parser (@asyncapi/parser), without an error;
//  - every golden example (docs/events) must be read by the CloudEvents SDK for JavaScript from a Kafka record
//    in structured mode, and match the payload schema of its type in the AsyncAPI document;
//  - with a broker, every record of every event topic, read with kafkajs from the start, must do the same.
//
//   node check.mjs ROOT [BOOTSTRAP_SERVERS]
//
// Prints what it read, as JSON ({"golden": n, "topics": {topic: records}}), and exits 1 on any failure.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Kafka as CloudEventsKafka } from 'cloudevents';
import { Kafka, logLevel } from 'kafkajs';

const [root, bootstrap] = process.argv.slice(2);
const failures = [];
let golden = [];

const { document, diagnostics } = await new Parser().parse(readFileSync(join(root, 'docs/asyncapi.yaml'), 'utf8'));
for (const d of diagnostics.filter(d => d.severity === 0)) {
    failures.push(`docs/asyncapi.yaml: ${d.message} at ${d.path.join('.')}`);
}
if (!document) {
    finish({});
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map();
for (const message of document.allMessages().all()) {
    if (message.contentType() !== 'text/plain') {
        validators.set(message.name(), ajv.compile(message.payload().json()));
    }
}
const eventTopics = document.allChannels().all()
    .filter(channel => channel.messages().all().some(m => validators.has(m.name())))
    .map(channel => channel.address());

/** A Kafka record through the CloudEvents SDK's Kafka binding, then its value against the AsyncAPI schema. */
function check(where, record) {
    let event;
    try {
        event = CloudEventsKafka.toEvent(record);
        event.validate();
    } catch (e) {
        failures.push(`${where}: the CloudEvents SDK cannot read it: ${e.message}`);
        return;
    }
    if (event.specversion !== '1.0' || event.datacontenttype !== 'application/json' || typeof event.data !== 'object') {
        failures.push(`${where}: read as ${event.specversion} ${event.datacontenttype} with data ${typeof event.data}`);
    }
    const validate = validators.get(event.type);
    if (!validate) {
        failures.push(`${where}: type ${event.type} is not a message of docs/asyncapi.yaml`);
    } else if (!validate(JSON.parse(record.value.toString('utf8')))) {
        failures.push(`${where}: does not match ${event.type}: ${ajv.errorsText(validate.errors)}`);
    }
    if (String(record.key) !== event.subject) {
        failures.push(`${where}: key ${record.key} is not the subject ${event.subject}`);
    }
}

const structured = { 'content-type': 'application/cloudevents+json; charset=UTF-8' };
golden = readdirSync(join(root, 'docs/events')).filter(f => f.endsWith('.json'));
for (const file of golden) {
    const value = readFileSync(join(root, 'docs/events', file));
    check(`docs/events/${file}`, { key: JSON.parse(value).subject, value, headers: structured });
}
for (const type of validators.keys()) {
    if (!golden.includes(`${type}.json`)) {
        failures.push(`docs/events: no golden example of ${type}`);
    }
}

const topics = {};
if (bootstrap) {
    const kafka = new Kafka({ clientId: 'nua-events-check', brokers: bootstrap.split(','), logLevel: logLevel.ERROR });
    const admin = kafka.admin();
    await admin.connect();
    const ends = {};
    for (const topic of eventTopics) {
        ends[topic] = await admin.fetchTopicOffsets(topic);
        topics[topic] = 0;
    }
    await admin.disconnect();
    const left = new Set(Object.entries(ends).flatMap(([topic, partitions]) => partitions
        .filter(p => Number(p.high) > Number(p.low)).map(p => `${topic}/${p.partition}`)));
    const consumer = kafka.consumer({ groupId: `nua-events-check-${process.pid}-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topics: eventTopics, fromBeginning: true });
    await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not read to the end in 120 s: ${[...left].join(', ')}`)),
            120_000);
        if (left.size === 0) {
            clearTimeout(timer);
            resolve();
        }
        consumer.run({
            eachMessage: async ({ topic, partition, message }) => {
                const headers = Object.fromEntries(Object.entries(message.headers ?? {})
                    .map(([name, value]) => [name, value?.toString('utf8')]));
                topics[topic]++;
                check(`${topic}/${partition}@${message.offset}`, { key: message.key?.toString('utf8'),
                    value: message.value, headers });
                for (const name of Object.keys(headers).filter(h => h.startsWith('ce_'))) {
                    failures.push(`${topic}/${partition}@${message.offset}: header ${name} would make it binary mode`);
                }
                const end = ends[topic].find(p => p.partition === partition);
                if (Number(message.offset) + 1 >= Number(end.high)) {
                    left.delete(`${topic}/${partition}`);
                    if (left.size === 0) {
                        clearTimeout(timer);
                        resolve();
                    }
                }
            },
        }).catch(reject);
    }).catch(e => failures.push(`kafkajs: ${e.message}`));
    await consumer.disconnect();
}
finish(topics);

function finish(read) {
    console.log(JSON.stringify({ golden: golden.length, topics: read }));
    for (const failure of failures.slice(0, 100)) {
        console.error(failure);
    }
    process.exit(failures.length === 0 ? 0 : 1);
}
