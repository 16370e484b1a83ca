// The ajv side of Reflekt.JsonSchema's differential test: reads NDJSON lines {"schema": …, "instance": …}
// (JSON Schema 2020-12, formats asserted) on stdin and prints one line per input, in order:
// {"valid": true|false} or {"invalidSchema": "<ajv's message>"}.
// CommonJS so that NODE_PATH (the npm cache folder from .ci/node-packages) resolves the packages.
const { createInterface } = require('node:readline');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const ajv = new Ajv2020({ strict: false, validateFormats: true, allErrors: false });
addFormats(ajv);

async function main() {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { schema, instance } = JSON.parse(line);
    let verdict;
    try {
      const validate = ajv.compile(schema);
      verdict = { valid: validate(instance) };
      ajv.removeSchema(schema); // every line is a new schema: keep ajv's cache from growing with the run
    } catch (e) {
      verdict = { invalidSchema: String(e.message).split('\n')[0] };
    }
    out.push(JSON.stringify(verdict));
    if (out.length >= 1000) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}

main();
