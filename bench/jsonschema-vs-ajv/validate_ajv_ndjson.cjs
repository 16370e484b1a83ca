// The ajv side of `reflekt validate --raw` end to end: one process that compiles the schema, streams an NDJSON file
// in chunks, parses and validates each line and writes one report per invalid line (its number and ajv's errors) and
// a summary, as reflekt does. Timed from outside, start-up included, like the reflekt process.
// usage: node validate_ajv_ndjson.cjs <schema.json> <events.ndjson> [formats|no-formats]   (NODE_PATH: ajv's node_modules)
const fs = require('node:fs');
const addFormats = require('ajv-formats').default;

const [schemaPath, eventsPath, mode = 'formats'] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const Ajv = (schema.$schema || '').includes('2020-12') ? require('ajv/dist/2020').default : require('ajv').default;
const ajv = new Ajv({ strict: false, validateFormats: mode === 'formats' });
addFormats(ajv);
const validate = ajv.compile(schema);

let total = 0;
let invalid = 0;
let lineNumber = 0;
let out = [];

function check(line) {
  lineNumber++;
  if (line.length === 0) return;
  total++;
  let valid;
  try {
    valid = validate(JSON.parse(line));
  } catch (e) {
    invalid++;
    out.push(`document ${total} (line ${lineNumber}): invalid\n  (document): not valid JSON: ${e.message}\n`);
    return;
  }
  if (!valid) {
    invalid++;
    out.push(`document ${total} (line ${lineNumber}): invalid\n`);
    for (const error of validate.errors) out.push(`  ${error.instancePath || '(document)'}: ${error.message} [${error.schemaPath}]\n`);
  }
}

function flush() {
  if (out.length > 0) process.stdout.write(out.join(''));
  out = [];
}

let rest = '';
const stream = fs.createReadStream(eventsPath, { encoding: 'utf8', highWaterMark: 64 * 1024 });
stream.on('data', chunk => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) check(line);
  flush();
});
stream.on('end', () => {
  if (rest.length > 0) check(rest);
  out.push(`${total} document(s): ${total - invalid} valid, ${invalid} invalid.\n`);
  flush();
  process.exitCode = invalid > 0 ? 1 : 0;
});
