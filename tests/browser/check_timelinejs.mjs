// Exports each example as TimelineJS3 JSON with the chronograph CLI and loads it into Knight Lab's
// own TimelineJS bundle (npm @knight-lab/timelinejs) in headless Chromium: the timeline must be
// built without an error, have one slide and one time-nav marker per exported event, and show
// each event's headline. Writes a screenshot per example.
//
// node check_timelinejs.mjs --cli build/chronograph --out build/timelinejs EXAMPLE.yaml…
// Exit 0 all passed, 1 a check failed, 77 skipped (no Chromium, playwright-core or TimelineJS).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SKIP = 77;
const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv.splice(at, 2)[1];
};
const cli = option('cli');
const out = option('out');
const examples = argv;
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = (reason) => {
  console.log(`SKIP: ${reason}`);
  process.exit(SKIP);
};
if (!cli || !out || examples.length === 0) {
  console.error('usage: node check_timelinejs.mjs --cli PATH --out DIR EXAMPLE.yaml…');
  process.exit(2);
}
const bundle = join(here, 'node_modules/@knight-lab/timelinejs/dist');
if (!existsSync(chromiumPath)) skip(`${chromiumPath} is not installed (Debian package chromium)`);
if (!existsSync(join(bundle, 'js/timeline.js'))) skip('node_modules/@knight-lab/timelinejs is missing (tools/deps runs npm ci)');
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skip('node_modules/playwright-core is missing (tools/deps runs npm ci)');
}

let passed = 0;
let failed = 0;
const check = (ok, what, detail = '') => {
  if (ok) ++passed;
  else {
    ++failed;
    console.error(`FAIL: ${what}${detail ? `\n  ${detail}` : ''}`);
  }
};

// The page embeds the data, so nothing but the bundle's own files is fetched.
const page_html = (data) => `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(join(bundle, 'css/timeline.css')).href}">
<script src="${pathToFileURL(join(bundle, 'js/timeline.js')).href}"></script></head>
<body style="margin:0"><div id="timeline" style="width:1400px;height:700px"></div>
<script>
window.tlErrors = [];
window.addEventListener('error', (e) => window.tlErrors.push(String(e.message)));
const data = ${JSON.stringify(data).replace(/</g, '\\u003c')};
window.timeline = new TL.Timeline('timeline', data, { debug: false });
window.timeline.on('loaded', () => { window.tlLoaded = true; });
</script></body></html>`;

mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'chronograph-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1400, height: 700 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
try {
  for (const example of examples) {
    const stem = basename(example, '.yaml');
    const jsonPath = resolve(out, `${stem}.timeline.json`);
    execFileSync(cli, ['render', example, '-o', jsonPath, '--format', 'timelinejs'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const data = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const htmlPath = resolve(out, `${stem}.timeline.html`);
    writeFileSync(htmlPath, page_html(data));

    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pathToFileURL(htmlPath).href);
    await page.waitForFunction(() => document.querySelectorAll('.tl-timemarker').length > 0 || window.tlErrors.length > 0,
      null, { timeout: 30000 }).catch(() => {});
    const seen = await page.evaluate(() => ({
      errors: window.tlErrors,
      message: document.querySelector('.tl-message-content')?.textContent || '',
      slides: [...document.querySelectorAll('.tl-slide')].map((slide) => slide.id),
      markers: document.querySelectorAll('.tl-timemarker').length,
      headlines: [...document.querySelectorAll('.tl-timemarker .tl-headline')].map((h) => h.textContent.trim()),
      groups: [...document.querySelectorAll('.tl-timegroup-message')].map((g) => g.textContent.trim()),
    }));
    const where = `${stem}`;
    check(errors.length === 0 && seen.errors.length === 0, `${where}: TimelineJS runs without an error`,
      [...errors, ...seen.errors].join('\n'));
    check(data.events.length > 0, `${where}: the export has events`);
    check(seen.markers === data.events.length, `${where}: one time-nav marker per event`,
      `${seen.markers} markers for ${data.events.length} events; ${seen.message}`);
    for (const event of data.events) {
      check(seen.slides.includes(event.unique_id), `${where}: a slide for ${event.unique_id}`);
      const headline = event.text.headline.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      check(seen.headlines.includes(headline), `${where}: the marker of ${event.unique_id} shows its headline`, headline);
    }
    const groups = new Set(data.events.map((e) => e.group).filter(Boolean));
    check(seen.groups.length === groups.size, `${where}: one group row per lane`, `${seen.groups.join(', ')} for ${[...groups].join(', ')}`);
    const shot = resolve(out, `${stem}.timelinejs.png`);
    await page.screenshot({ path: shot, timeout: 60000 });
    console.log(`${stem}: ${seen.markers} events shown by TimelineJS; screenshot ${shot}`);
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
