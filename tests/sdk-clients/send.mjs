// Sends a list of Segment calls through one real Node SDK, then flushes and exits (0 ok, 3 when the SDK reported an error).
//   node send.mjs SDK HOST WRITE_KEY CALLS.json
// SDK: analytics-node (@segment/analytics-node 3), analytics-node-classic (analytics-node 6), rudder (@rudderstack/rudder-sdk-node 3).
// CALLS.json: an array of messages, each with its `type` (track, identify, page, screen, group, alias) and Segment's fields.
// Each SDK batches with its own code (and rudder gzips), so what reaches the gateway is what the SDK really sends.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [sdk, host, writeKey, callsFile] = process.argv.slice(2);
const calls = JSON.parse(readFileSync(callsFile, "utf8"));
const fail = (error) => { console.error(`${sdk} error`, error?.message ?? error); process.exitCode = 3; };

const drivers = {
  "analytics-node": async () => {
    const { Analytics } = require("@segment/analytics-node");
    const analytics = new Analytics({ writeKey, host, flushAt: 5, flushInterval: 200, maxRetries: 3 });
    analytics.on("error", fail);
    for (const { type, ...message } of calls) analytics[type](message);
    await analytics.closeAndFlush({ timeout: 30000 });
  },
  "analytics-node-classic": async () => {
    const Analytics = require("analytics-node");
    const analytics = new Analytics(writeKey, { host, flushAt: 5, flushInterval: 200, errorHandler: fail });
    for (const { type, ...message } of calls) analytics[type](message, (error) => error && fail(error));
    await new Promise((resolve) => analytics.flush((error) => { if (error) fail(error); resolve(); }));
  },
  rudder: async () => {
    const Analytics = require("@rudderstack/rudder-sdk-node");
    const analytics = new Analytics(writeKey, { dataPlaneUrl: host, flushAt: 5, flushInterval: 200, logLevel: "error", errorHandler: fail });
    for (const { type, ...message } of calls) analytics[type](message, (error) => error && fail(error));
    await new Promise((resolve) => analytics.flush((error) => { if (error) fail(error); resolve(); }));
  },
};

if (!drivers[sdk]) {
  console.error(`unknown SDK ${sdk}: ${Object.keys(drivers).join(", ")}`);
  process.exit(2);
}
await drivers[sdk]();
