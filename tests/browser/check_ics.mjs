// Exports each example as iCalendar with the chronograph CLI and reads it back with ical.js, a
// calendar client's parser (Thunderbird's lineage): every VEVENT must parse, its UID name an event,
// its DTSTART/DTEND (through the file's own VTIMEZONEs) match the bounds of our JSON export, and
// its STATUS follow docs/formats.md. Every event left out must be one iCalendar cannot hold.
//
// node check_ics.mjs --cli build/chronograph --out build/ics graphs/a.yaml graphs/b.yaml …
// Exit 0 all passed, 1 a check failed, 77 skipped (no ical.js in node_modules).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const SKIP = 77;
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv.splice(at, 2)[1];
};
const cli = option('cli');
const out = option('out');
const examples = argv;
if (!cli || !out || examples.length === 0) {
  console.error('usage: node check_ics.mjs --cli PATH --out DIR EXAMPLE.yaml…');
  process.exit(2);
}

let ICAL;
try {
  ({ default: ICAL } = await import('ical.js'));
} catch {
  console.log('SKIP: tests/browser/node_modules/ical.js is missing (tools/deps runs npm ci there)');
  process.exit(SKIP);
}

const failures = [];
const fail = (message) => failures.push(message);
const expectedStatus = { happened: 'CONFIRMED', reported: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED', superseded: 'CANCELLED' };
const seconds = (iso) => (iso === null ? null : Date.parse(iso) / 1000);
// The ISO year as written (a BCE year is "-0508"), to tell which events iCalendar cannot hold.
const isoYear = (iso) => (iso === null ? null : Number.parseInt(iso.match(/^([+-]?\d+)-/)[1], 10));

mkdirSync(out, { recursive: true });
let checked = 0;
for (const example of examples) {
  const stem = basename(example, '.yaml');
  const icsPath = resolve(out, `${stem}.ics`);
  const jsonPath = resolve(out, `${stem}.json`);
  execFileSync(cli, ['render', example, '-o', icsPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync(cli, ['render', example, '-o', jsonPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  const model = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(icsPath, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

  const written = new Map();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const [id, document] = event.uid.split('@');
    if (document !== `${stem}.chronograph`) fail(`${stem}: UID ${event.uid} does not name the file`);
    if (written.has(id)) fail(`${stem}: UID ${event.uid} twice`);
    written.set(id, event);
  }
  for (const source of model.events) {
    const event = written.get(source.id);
    const first = source.start.earliest ?? source.start.latest;
    if (!event) {
      const year = isoYear(first ?? source.end.latest);
      if (year !== null && year >= 1) fail(`${stem}: event ${source.id} (${first}) is missing`);
      continue;
    }
    ++checked;
    const where = `${stem}: ${source.id}`;
    if (!event.summary) fail(`${where}: no SUMMARY`);
    const status = event.component.getFirstPropertyValue('status');
    if (status !== expectedStatus[source.status]) fail(`${where}: STATUS ${status} for ${source.status}`);
    if (!event.description || !event.description.includes(source.when || '')) fail(`${where}: DESCRIPTION lacks the time as written`);
    const halfOpen = source.start.earliest === null || source.end.latest === null;
    if (event.startDate.isDate) {
      // All-day: the dates the bounds fall on, in the event's own zone (the JSON's offsets).
      if (!halfOpen && event.startDate.toString() !== source.start.earliest.slice(0, 10))
        fail(`${where}: all-day DTSTART ${event.startDate} for ${source.start.earliest}`);
      continue;
    }
    if (halfOpen) fail(`${where}: a half-open event must be all-day`);
    if (event.startDate.toUnixTime() !== seconds(source.start.earliest))
      fail(`${where}: DTSTART ${event.startDate} (${event.startDate.toUnixTime()}) is not ${source.start.earliest}`);
    if (event.endDate.toUnixTime() !== seconds(source.end.latest))
      fail(`${where}: DTEND ${event.endDate} is not ${source.end.latest}`);
    const zone = event.startDate.zone?.tzid;
    if (zone !== 'UTC' && zone !== source.zone) fail(`${where}: TZID ${zone}, event zone ${source.zone}`);
  }
  console.log(`${stem}: ${written.size} of ${model.events.length} events in the calendar`);
}

if (failures.length) {
  for (const failure of failures) console.error(`FAIL: ${failure}`);
  process.exit(1);
}
console.log(`ok: ${checked} events checked with ical.js ${ICAL.version ?? ''}`.trim());
