#!/usr/bin/env node
// Checks every HTTP exchange the syncd integration tests recorded (tests/support's HttpsTestClient
// writes one JSON line per response when P2PDESK_CONTRACT_LOG_DIR is set) against the OpenAPI
// document: the status is documented for the operation, the status line carries its own reason
// phrase, the content type is one the operation declares, and a JSON body matches its schema.
// This is the validating proxy of issue 8, moved to where the traffic already is: drift is caught
// by the test run that causes it, not by a later probe.
//
// usage: node contract-check.mjs OPENAPI.yaml LOG_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [specPath, logDir] = process.argv.slice(2);
if (!specPath || !logDir) {
    console.error('usage: contract-check.mjs OPENAPI.yaml LOG_DIR');
    process.exit(2);
}

const spec = parse(readFileSync(specPath, 'utf8'));
const SPEC_ID = 'urn:p2pdesk:openapi';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ['int32', 'int64', 'float', 'double', 'password', 'binary', 'byte']) ajv.addFormat(f, true);
ajv.addSchema({ ...spec, $id: SPEC_ID });

const pointer = (parts) => parts.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

// Operations by method, most literal path first, so /admin/checklists wins over a template.
const operations = [];
for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const params = (template.match(/\{[^}]+\}/g) ?? []).length;
    const regex = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+') + '$');
    for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
        if (item[method]) operations.push({ template, method, params, regex, op: item[method] });
    }
}
operations.sort((a, b) => a.params - b.params);

function resolveResponse(response, path) {
    // A response may be a $ref to components/responses; follow it and remember where it lives.
    if (response && response.$ref) {
        const parts = response.$ref.replace(/^#\//, '').split('/');
        let target = spec;
        for (const p of parts) target = target[p];
        return { response: target, path: parts };
    }
    return { response, path };
}

const validators = new Map();
function validatorFor(schemaPath) {
    const key = pointer(schemaPath);
    if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: `${SPEC_ID}#/${key}` }));
    return validators.get(key);
}

const files = readdirSync(logDir).filter((f) => f.endsWith('.jsonl'));
let checked = 0;
let unmatched = 0;
const failures = [];
const seen = new Set();
for (const file of files) {
    const lines = readFileSync(join(logDir, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
        const x = JSON.parse(line);
        const method = x.method.toLowerCase();
        const candidates = operations.filter((o) => o.regex.test(x.path));
        const op = candidates.find((o) => o.method === method);
        if (!op) {
            // Unknown paths (404) and methods (405) are refusals of requests the contract cannot list.
            unmatched++;
            continue;
        }
        checked++;
        const where = `${x.method} ${x.path} -> ${x.status} (${file})`;
        const fail = (what) => {
            const key = `${op.method} ${op.template} ${x.status}: ${what}`;
            if (!seen.has(key)) {
                seen.add(key);
                failures.push(`${where}: ${what}`);
            }
        };
        if (x.status !== 200 && (!x.reason || x.reason === 'OK')) fail(`status line reads "${x.status} ${x.reason}"`);
        const responses = op.op.responses ?? {};
        const declared = responses[String(x.status)] ?? responses.default;
        if (!declared) {
            fail(`status ${x.status} is not documented (documented: ${Object.keys(responses).join(', ')})`);
            continue;
        }
        const base = ['paths', op.template, op.method, 'responses', responses[String(x.status)] ? String(x.status) : 'default'];
        const { response, path } = resolveResponse(declared, base);
        const content = response.content;
        if (!content) {
            if (x.body_length > 0 && x.method !== 'HEAD') fail('a body where the contract documents none');
            continue;
        }
        const mediaType = (x.content_type ?? '').split(';')[0].trim().toLowerCase();
        const media = Object.keys(content).find((m) => m.toLowerCase() === mediaType) ??
            Object.keys(content).find((m) => m.endsWith('/*') && mediaType.startsWith(m.slice(0, -1)));
        if (!media) {
            fail(`content type "${x.content_type}" is not documented (documented: ${Object.keys(content).join(', ')})`);
            continue;
        }
        if (mediaType === 'application/json' && content[media].schema && x.method !== 'HEAD') {
            if (x.json === undefined) {
                fail('the body is not JSON');
                continue;
            }
            const validate = validatorFor([...path, 'content', media, 'schema']);
            if (!validate(x.json)) {
                fail('body does not match the schema: ' +
                    validate.errors.slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; '));
            }
        }
    }
}

console.log(`contract check: ${checked} responses checked against ${specPath} ` +
    `(${unmatched} to paths or methods the contract does not list, e.g. 404/405 probes)`);
for (const f of failures) console.log(`DRIFT ${f}`);
if (checked === 0) {
    console.log('no exchange was recorded: is P2PDESK_CONTRACT_LOG_DIR reaching the tests?');
    process.exit(1);
}
process.exit(failures.length === 0 ? 0 : 1);
