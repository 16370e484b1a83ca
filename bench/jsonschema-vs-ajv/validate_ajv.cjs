// Validates pre-parsed events with one ajv 8 validator (compiled once), single thread, like
// ../jsonschema-vs-python/dotnet: a warm-up pass, then N timed passes; prints the median.
// usage: node validate_ajv.cjs <schema.json> <events.jsonl> [runs] [formats|no-formats]   (NODE_PATH: ajv's node_modules)
const fs = require('node:fs');
const addFormats = require('ajv-formats').default;

const [schemaPath, eventsPath, runsText = '5', mode = 'formats'] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// ajv's default class is draft-07; 2020-12 schemas need the Ajv2020 class.
const Ajv = (schema.$schema || '').includes('2020-12') ? require('ajv/dist/2020').default : require('ajv').default;
const ajv = new Ajv({ strict: false, validateFormats: mode === 'formats' });
addFormats(ajv);
const validate = ajv.compile(schema);
const events = fs.readFileSync(eventsPath, 'utf8').split('\n').filter(l => l.length > 0).map(l => JSON.parse(l));

function countValid() {
  let valid = 0;
  for (const e of events) if (validate(e)) valid++;
  return valid;
}

countValid();
const timings = [];
// CPU time of the process per pass as well: on a machine shared with other jobs it moves far less than wall time.
const cpuTimings = [];
let valid = 0;
for (let i = 0; i < Number(runsText); i++) {
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  valid = countValid();
  timings.push(Number(process.hrtime.bigint() - start) / 1e9);
  const cpu = process.cpuUsage(cpuBefore);
  cpuTimings.push((cpu.user + cpu.system) / 1e6);
}
timings.sort((a, b) => a - b);
cpuTimings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)];
const cpuMedian = cpuTimings[Math.floor(cpuTimings.length / 2)];
const version = require('ajv/package.json').version;
console.log(`node ajv=${version} formats=${mode} events=${events.length} valid=${valid} median_seconds=${median.toFixed(4)} events_per_second=${(events.length / median).toFixed(0)} cpu_events_per_second=${(events.length / cpuMedian).toFixed(0)}`);
