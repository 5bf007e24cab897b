// Reads each .mw file with Markwhen's own parser (npm @markwhen/parser, pinned in
// package-lock.json) and with chronograph (`import` to YAML, then `render` to JSON), and compares
// every event: same order, title, tags and id, chronograph's earliest start at Markwhen's start,
// and Markwhen's end inside chronograph's end bounds (open when Markwhen says `now`). Prints each
// event's dates both ways.
//
// node check_markwhen.mjs --cli build/chronograph --out build/markwhen a.mw b.mw …
// Exit 0 all matched, 1 a difference, 77 skipped (no @markwhen/parser in node_modules).

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
const files = argv;
if (!cli || !out || files.length === 0) {
  console.error('usage: node check_markwhen.mjs --cli PATH --out DIR FILE.mw…');
  process.exit(2);
}

let markwhen;
let luxon;
try {
  markwhen = await import('@markwhen/parser');
  luxon = await import('luxon');
} catch {
  console.log('SKIP: tests/browser/node_modules/@markwhen/parser is missing (tools/deps runs npm ci there)');
  process.exit(SKIP);
}

// Markwhen reads `now` from the clock; a fixed one keeps the run repeatable (chronograph leaves
// such an end open).
const now = luxon.DateTime.fromISO('2025-01-01T00:00:00Z');

// Seconds since 1970 of an ISO instant with an offset, years of any sign and length included
// (Date.parse wants six digits for years before 0).
const seconds = (iso) => {
  if (iso === null || iso === undefined) return null;
  const m = iso.match(/^([+-]?\d{4,6})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|([+-])(\d\d):(\d\d)(?::(\d\d))?)$/);
  if (!m) throw new Error(`not an ISO instant: ${iso}`);
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
  let offset = 0;
  if (m[7] !== 'Z') offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 3600 + Number(m[10]) * 60 + Number(m[11] ?? 0));
  return date.getTime() / 1000 - offset;
};

// The UTC offset an ISO instant is written with, in seconds.
const offsetOf = (iso) => {
  const m = iso.match(/(Z|([+-])(\d\d):(\d\d)(?::(\d\d))?)$/);
  if (m[1] === 'Z') return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5] ?? 0));
};

const failures = [];
const fail = (message) => failures.push(message);
mkdirSync(out, { recursive: true });
let compared = 0;
for (const file of files) {
  const stem = basename(file, '.mw');
  const yamlPath = resolve(out, `${stem}.yaml`);
  const jsonPath = resolve(out, `${stem}.json`);
  execFileSync(cli, ['import', file, '-o', yamlPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(cli, ['render', yamlPath, '-o', jsonPath], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ours = JSON.parse(readFileSync(jsonPath, 'utf8')).events;
  const theirs = [];
  const walk = (node) => {
    if (node.children) node.children.forEach(walk);
    else theirs.push(node);
  };
  const parsed = markwhen.parse(readFileSync(file, 'utf8'), undefined, now);
  walk(parsed.events);
  for (const message of parsed.parseMessages) fail(`${stem}: Markwhen says: ${message.message}`);
  if (theirs.length !== ours.length) fail(`${stem}: Markwhen reads ${theirs.length} events, chronograph ${ours.length}`);
  console.log(`${stem}.mw`);
  for (let i = 0; i < Math.min(theirs.length, ours.length); ++i) {
    const mw = theirs[i];
    const event = ours[i];
    const where = `${stem}: event ${i + 1} (${event.id})`;
    const from = seconds(mw.dateRangeIso.fromDateTimeIso);
    const to = seconds(mw.dateRangeIso.toDateTimeIso);
    const untilNow = /\bnow\s*$/i.test(mw.firstLine.datePart);
    console.log(`  ${mw.firstLine.datePart.padEnd(34)} markwhen ${mw.dateRangeIso.fromDateTimeIso} .. ${untilNow ? 'now' : mw.dateRangeIso.toDateTimeIso}`);
    console.log(`  ${''.padEnd(34)} ours     ${event.stated_start.earliest} .. [${event.stated_end.earliest}, ${event.stated_end.latest}]  (${event.when})`);
    if (seconds(event.stated_start.earliest) !== from) fail(`${where}: starts ${event.stated_start.earliest}, Markwhen ${mw.dateRangeIso.fromDateTimeIso}`);
    if (untilNow) {
      if (event.stated_end.latest !== null) fail(`${where}: runs until now, but its end is bounded: ${event.stated_end.latest}`);
    } else {
      const earliest = seconds(event.stated_end.earliest);
      const latest = seconds(event.stated_end.latest);
      // Markwhen rounds a single date up in its start's UTC offset, so across a change to or from
      // daylight saving time its end is an hour off the local midnight chronograph ends it at
      // (docs/formats.md, "Markwhen").
      const shifted = offsetOf(mw.dateRangeIso.fromDateTimeIso) - offsetOf(event.stated_end.latest);
      const daylightSaving = shifted !== 0 && to - latest === -shifted;
      if (daylightSaving) console.log(`  ${''.padEnd(34)} (Markwhen ends it in the start's offset: ${-shifted / 3600} h across daylight saving time)`);
      if (!(earliest <= to && to <= latest) && !daylightSaving) fail(`${where}: Markwhen's end ${mw.dateRangeIso.toDateTimeIso} is outside [${event.stated_end.earliest}, ${event.stated_end.latest}]`);
    }
    // Markwhen keeps the ": " after an era year in the title (a quirk of its BCE pattern).
    const title = mw.firstLine.restTrimmed.replace(/^:\s*/, '');
    if (title !== event.title) fail(`${where}: title '${event.title}', Markwhen '${title}'`);
    if (JSON.stringify(mw.tags) !== JSON.stringify(event.tags)) fail(`${where}: tags ${JSON.stringify(event.tags)}, Markwhen ${JSON.stringify(mw.tags)}`);
    if (mw.id && mw.id !== event.id) fail(`${where}: Markwhen id '${mw.id}'`);
    ++compared;
  }
}
for (const message of failures) console.error(`FAIL ${message}`);
console.log(`${compared} events compared with @markwhen/parser, ${failures.length} differences`);
process.exit(failures.length === 0 ? 0 : 1);
