// Renders the bundled example with the chronograph CLI and checks the pictures in headless
// Chromium: text boxes must not overlap, every text must have a width (Hangul renders), the drawing
// must fit its viewBox; the HTML page's search and details panel must work. Writes screenshots.
//
// node check_views.mjs --cli build/chronograph --example graphs/x.yaml --out build/browser
//                      --screenshots build/screenshots [--corpus ../shared/data/te3-platinum]
//                      [--english graphs/apollo-11-1969.yaml] [--more a.yaml,b.yaml]
// --english names an English example with plain-string names (Apollo 11): its pages' details panel
// must show names, one bounds block per zone, entities, and English UI strings. --more names further
// examples (comma-separated) whose SVG views get the picture checks, without pages or screenshots.
// --scale names bench/generate_events.py: a 20,000-event page (thinned: density bands and an index
// of every event) must find a folded event by search, open it and draw it when zoomed in.
// In every SVG, no relation arrow (path.relation, stubs included) may pass through a text's box.
// Exit 0 all passed, 1 a check failed, 77 skipped (no Chromium or no playwright-core).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SKIP = 77;
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const touching = 0.5; // px: boxes that overlap by no more than this only touch

function skip(reason) {
  console.log(`SKIP: ${reason}`);
  process.exit(SKIP);
}

if (!existsSync(chromiumPath)) skip(`${chromiumPath} is not installed (Debian package chromium)`);
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  skip('tests/browser/node_modules is missing (tools/deps runs npm ci there)');
}
for (const name of ['cli', 'example', 'out', 'screenshots']) {
  if (!args[name]) {
    console.error(`usage: node check_views.mjs --cli PATH --example FILE --out DIR --screenshots DIR (missing --${name})`);
    process.exit(2);
  }
}

// Outputs: one SVG per view the CLI knows, and an HTML page per view, for the example; the timeline
// once more with a second zone row (--tz2 UTC); with --corpus DIR, one SVG per view for every
// TimeML document (*.tml) in DIR too, with --anchor-timex (no pages, no screenshots: the example
// has those).
mkdirSync(args.out, { recursive: true });
mkdirSync(args.screenshots, { recursive: true });
const render = (source, name, view, extension, extra = []) => {
  const output = resolve(args.out, `${name}.${extension}`);
  try {
    execFileSync(args.cli, ['render', source, '-o', output, '--view', view, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    return output;
  } catch (error) {
    if (error.status === 2) return null; // usage error: this build has no such view
    throw new Error(`chronograph render ${source} --view ${view} -o ${output} failed:\n${error.stderr || error.message}`);
  }
};
const views = [];
for (const view of ['timeline', 'graph', 'storyline']) {
  const svg = render(args.example, view, view, 'svg');
  if (svg) views.push({ view, svg, html: render(args.example, view, view, 'html'), shot: true });
  else console.log(`note: the CLI has no '${view}' view; not checked`);
}
const english = [];
if (args.english) {
  for (const view of ['timeline', 'graph', 'storyline']) {
    const html = render(args.english, `english-${view}`, view, 'html');
    if (html) english.push({ view, html });
  }
}
for (const source of (args.more || '').split(',').filter(Boolean)) {
  const stem = basename(source).replace(/\.[a-z]+$/, '');
  for (const view of ['timeline', 'graph', 'storyline']) {
    const svg = render(source, `${stem}.${view}`, view, 'svg');
    if (svg) views.push({ view: `${stem}.${view}`, svg, shot: false });
  }
}
const tz2 = render(args.example, 'timeline-tz2', 'timeline', 'svg', ['--tz2', 'UTC']);
if (tz2) views.push({ view: 'timeline-tz2', svg: tz2, shot: true });
if (args.corpus) {
  if (!existsSync(args.corpus)) {
    console.log(`note: ${args.corpus} is absent; the TimeML corpus is not checked`);
  } else {
    for (const file of readdirSync(args.corpus).filter((f) => f.endsWith('.tml')).sort()) {
      const stem = basename(file, '.tml');
      for (const view of ['timeline', 'graph', 'storyline']) {
        // Anchored, so the timeline has times to draw; a document whose anchored times contradict
        // its TLINKs (exit 1) is drawn from its relations alone.
        let svg;
        try {
          svg = render(join(args.corpus, file), `${stem}.${view}`, view, 'svg', ['--anchor-timex']);
        } catch {
          console.log(`note: ${file} contradicts itself once anchored; ${view} drawn from relations only`);
          svg = render(join(args.corpus, file), `${stem}.${view}`, view, 'svg');
        }
        views.push({ view: `${stem}.${view}`, svg, shot: false });
      }
    }
  }
}

let passed = 0;
let failed = 0;
const check = (ok, what, detail = '') => {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'ok' : 'FAIL'} - ${what}${!ok && detail ? `\n    ${detail.replaceAll('\n', '\n    ')}` : ''}`);
};

// Runs in the page: measures every <text> of the root SVG element in screen pixels. Horizontally a
// box spans the text's advance (getBoundingClientRect); vertically it spans the ink of its glyphs
// (canvas measureText from the baseline), because Noto Sans CJK's line box is 1.45 em tall while
// Graphviz steps the lines of one label by 1.2 em: line boxes of stacked lines always intersect,
// their glyphs do not.
function measure({ selector, touching }) {
  const svg = document.querySelector(selector);
  const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent.trim() !== '');
  const ink = new OffscreenCanvas(1, 1).getContext('2d'); // an SVG document has no HTML canvas
  const boxes = texts.map((t) => {
    const r = t.getBoundingClientRect();
    const style = getComputedStyle(t);
    ink.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const glyphs = ink.measureText(t.textContent);
    const matrix = t.getScreenCTM();
    const baseline = t.getStartPositionOfChar(0).matrixTransform(matrix).y;
    const group = t.closest('g[class]');
    // Lines of one Graphviz label (node, edge or cluster) are spaced by Graphviz itself.
    const label = t.closest('g.node, g.edge, g.cluster');
    return {
      label,
      text: t.textContent.trim(), where: group ? group.getAttribute('class') : '', left: r.left, right: r.right, width: r.width,
      top: baseline - glyphs.actualBoundingBoxAscent * matrix.d, bottom: baseline + glyphs.actualBoundingBoxDescent * matrix.d,
    };
  });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.label && a.label === b.label) continue;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > touching && dy > touching) overlaps.push({ a: a.text, aWhere: a.where, b: b.text, bWhere: b.where, dx: dx.toFixed(1), dy: dy.toFixed(1) });
    }
  }
  // Relation arrows sampled every screen pixel along their length: a sample strictly inside a
  // text's box (shrunk by `touching`) is a crossing, reported once per arrow and text.
  const crossings = [];
  for (const path of svg.querySelectorAll('path.relation')) {
    const matrix = path.getScreenCTM();
    const length = path.getTotalLength();
    const steps = Math.max(1, Math.ceil(length * matrix.a));
    const hit = new Set();
    for (let k = 0; k <= steps; k += 1) {
      const p = path.getPointAtLength((length * k) / steps).matrixTransform(matrix);
      boxes.forEach((b, i) => {
        if (hit.has(i)) return;
        if (p.x > b.left + touching && p.x < b.right - touching && p.y > b.top + touching && p.y < b.bottom - touching) {
          hit.add(i);
          crossings.push({ arrow: `${path.dataset.from} → ${path.dataset.to} [${path.getAttribute('class')}]`, text: b.text, where: b.where });
        }
      });
    }
  }
  const box = svg.getBBox();
  const view = svg.viewBox.baseVal;
  return {
    arrows: svg.querySelectorAll('path.relation').length,
    crossings,
    count: boxes.length,
    sameLabel: boxes.filter((b) => b.label).length,
    empty: boxes.filter((b) => !(b.width > 0)).map((b) => b.text),
    overlaps,
    content: { x: box.x, y: box.y, width: box.width, height: box.height },
    viewBox: { x: view.x, y: view.y, width: view.width, height: view.height },
  };
}

// What the details panel shows: the kind and id of what it shows, its heading, its rows (label and
// text), and the names of the links it holds.
function panelState() {
  const body = document.getElementById('details-body');
  const rows = Array.from(body.querySelectorAll('dt')).map((dt) => ({ label: dt.textContent, text: dt.nextElementSibling.textContent }));
  return {
    hidden: document.getElementById('details').hidden,
    kind: body.dataset.kind,
    id: body.dataset.id,
    heading: (body.querySelector('h2') || {}).textContent,
    zones: Array.from(body.querySelectorAll('h3.zone')).map((h) => h.textContent),
    rows,
    entities: Array.from(body.querySelectorAll('[data-link-entity]')).map((b) => ({ id: b.dataset.linkEntity, text: b.textContent })),
    events: Array.from(body.querySelectorAll('[data-link-event]')).map((b) => b.dataset.linkEvent),
  };
}

// The English example's page of one view: names not ids, one bounds block per zone, entities open
// with their kind and events, English UI strings.
async function checkEnglish(page, view, html) {
  const name = `english ${view}.html`;
  await page.goto(pathToFileURL(html).href);
  const placeholder = await page.getAttribute('#search', 'placeholder');
  check(placeholder === 'Search events', `${name}: the search box says Search events`, placeholder);

  const opened = async (kind, id) => {
    await page.waitForFunction(([k, i]) => {
      const body = document.getElementById('details-body');
      return !document.getElementById('details').hidden && body.dataset.kind === k && body.dataset.id === i;
    }, [kind, id]);
    return page.evaluate(panelState);
  };
  // Apollo's landing: Armstrong and Aldrin, written in Z in a document kept in America/Chicago.
  await page.click('[data-event="landing"] text');
  const landing = await opened('event', 'landing');
  const who = Object.fromEntries(landing.entities.map((e) => [e.id, e.text]));
  check(who.armstrong === 'Neil Armstrong' && who.aldrin === 'Buzz Aldrin',
    `${name}: the landing's participants are shown by name`, JSON.stringify(landing.entities));
  check(landing.zones.length === 2 && landing.zones[0] === 'UTC' && landing.zones[1] === 'America/Chicago',
    `${name}: the landing has one bounds block per zone (UTC, America/Chicago)`, JSON.stringify(landing.zones));
  check(landing.rows.filter((r) => r.label === 'time').length === 2 && !landing.rows.some((r) => r.label === 'start'),
    `${name}: an instant has one time row per zone, not a start and an equal end`, JSON.stringify(landing.rows));
  check(landing.rows.every((r) => !/[\u3131-\u318e\uac00-\ud7a3]/.test(r.label)), `${name}: the panel's labels are English`,
    JSON.stringify(landing.rows.map((r) => r.label)));
  await page.click('[data-event="crew-named"] text');
  const crew = await opened('event', 'crew-named');
  check(crew.zones.length === 1 && crew.zones[0] === 'America/Chicago',
    `${name}: an event in the document's zone has one bounds block`, JSON.stringify(crew.zones));

  // Armstrong from the view itself (lane name, node or line name), then one of his events from the panel.
  await page.click('#details-close');
  await page.waitForSelector('#details', { state: 'hidden' });
  await page.click('text[data-entity="armstrong"], g.node[data-entity="armstrong"] text');
  const armstrong = await opened('entity', 'armstrong');
  const kind = armstrong.rows.find((r) => r.label === 'kind');
  const nasa = armstrong.entities.find((e) => e.id === 'nasa');
  check(armstrong.heading === 'Neil Armstrong' && kind && kind.text === 'person' && nasa && nasa.text === 'NASA',
    `${name}: clicking Armstrong shows his name, kind and affiliation`, JSON.stringify(armstrong));
  check(armstrong.events.includes('landing') && armstrong.events.includes('first-step'),
    `${name}: Armstrong's events are listed`, JSON.stringify(armstrong.events));
  await page.click('#details-body [data-link-event="first-step"]');
  const step = await opened('event', 'first-step');
  check(step.heading === "Armstrong's first step on the Moon", `${name}: an event link opens that event`, JSON.stringify(step));
  await page.click('#details-body [data-link-entity="armstrong"]');
  await opened('entity', 'armstrong');
  check(true, `${name}: a participant link opens the entity`);
  const shot = join(args.screenshots, `english-${view}-html.png`);
  await page.screenshot({ path: shot, timeout: 120000 });
  console.log(`screenshot ${shot}`);
}

// A page too big to draw every event: search reaches every one, and zooming in draws the folded.
async function checkAtScale(page) {
  const source = resolve(args.out, 'scale-20000.json');
  writeFileSync(source, execFileSync('python3', [args.scale, '20000', '--json'], { maxBuffer: 1 << 28 }));
  const html = render(source, 'scale-20000', 'timeline', 'html');
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120000 });
  const packed = await page.evaluate(() => ({
    deflated: !!document.getElementById('chronograph-data-deflated'),
    view: !!document.getElementById('chronograph-view-deflated'),
    drawn: document.querySelectorAll('#view > svg [data-event]').length,
  }));
  check(packed.deflated && packed.view && packed.drawn > 0 && packed.drawn < 20000,
    `scale-20000.html carries its view and index packed and draws ${packed.drawn} of 20000 events`, JSON.stringify(packed));
  // 250 lanes are far taller than the window: the page starts at its full width, from the top.
  // The page's view is deflated, so the drawing's own size is read from the SVG export.
  const exported = render(source, 'scale-20000', 'timeline', 'svg');
  const written = readFileSync(exported, 'utf8').match(/<svg [^>]*viewBox="([^"]+)"/)[1].split(' ').map(Number);
  const start = (await page.evaluate(() => document.querySelector('#view > svg').getAttribute('viewBox'))).split(' ').map(Number);
  check(start[2] === written[2] && start[3] < written[3] / 2,
    'scale-20000.html: a page far taller than the window starts at its full width', `${written} → ${start}`);
  const id = 'e12345';
  await page.fill('#search', 'number 12345');
  const result = `#search-results [data-result="${id}"]`;
  const listed = await page.locator(result).count();
  check(listed === 1, `scale-20000.html: searching "number 12345" lists ${id}`,
    await page.evaluate(() => document.getElementById('search-results').innerText));
  if (listed !== 1) return;
  const wasDrawn = await page.evaluate((e) => !!document.querySelector(`#view > svg > :not(.revealed) [data-event="${e}"]`), id);
  await page.click(result);
  await page.waitForFunction(() => Number(document.documentElement.dataset.revealed || 0) > 0, null, { timeout: 30000 })
    .catch(() => {});
  const after = await page.evaluate((e) => ({
    revealed: Number(document.documentElement.dataset.revealed || 0),
    mark: !!document.querySelector(`.revealed [data-event="${e}"], #view > svg [data-event="${e}"]`),
    panel: document.getElementById('details-body').dataset.id,
    text: document.getElementById('details').innerText,
  }), id);
  check(after.revealed > 0, `scale-20000.html: zooming to ${id} draws folded events (${after.revealed})`);
  check(after.mark && after.panel === id && after.text.includes('Event number 12345'),
    `scale-20000.html: choosing ${id} (${wasDrawn ? 'drawn' : 'folded'}) opens it and shows its mark`, JSON.stringify(after));
  const shot = join(args.screenshots, 'scale-20000-html.png');
  await page.screenshot({ path: shot, timeout: 120000 });
  console.log(`screenshot ${shot}`);
  await checkStorylineAtScale(page, source);
}

// The storyline's page of the same events: records only for the meetings it draws, and the
// search still finds every event and opens it.
async function checkStorylineAtScale(page, source) {
  const html = render(source, 'scale-20000-storyline', 'storyline', 'html');
  const bytes = readFileSync(html).length;
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120000 });
  const drawn = await page.evaluate(() => ({
    deflated: !!document.getElementById('chronograph-data-deflated'),
    meetings: document.querySelectorAll('#view > svg [data-event]').length,
  }));
  check(drawn.deflated && drawn.meetings > 0 && drawn.meetings < 20000 && bytes < 4e6,
    `scale-20000-storyline.html (${bytes} bytes) carries its index packed and draws ${drawn.meetings} meetings`,
    JSON.stringify(drawn));
  // A folded event, and the first drawn one (its record is whole: it has a status).
  const first = await page.evaluate(() => document.querySelector('#view > svg [data-event]').dataset.event);
  for (const id of ['e12345', first]) {
    const number = id.slice(1);
    await page.fill('#search', `number ${number}`);
    const result = `#search-results [data-result="${id}"]`;
    const listed = await page.locator(result).count();
    check(listed === 1, `scale-20000-storyline.html: searching "number ${number}" lists ${id}`,
      await page.evaluate(() => document.getElementById('search-results').innerText));
    if (listed !== 1) continue;
    await page.click(result);
    const panel = await page.evaluate(() => ({
      id: document.getElementById('details-body').dataset.id,
      text: document.getElementById('details').innerText,
    }));
    const whole = panel.text.includes('happened');
    check(panel.id === id && panel.text.includes(`Event number ${number}`) && whole === (id === first),
      `scale-20000-storyline.html: choosing ${id} opens it (${whole ? 'the whole record' : 'from the index'})`,
      JSON.stringify(panel));
  }
  const shot = join(args.screenshots, 'scale-20000-storyline-html.png');
  await page.screenshot({ path: shot, timeout: 120000 });
  console.log(`screenshot ${shot}`);
}

const profile = mkdtempSync(join(tmpdir(), 'chronograph-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1600, height: 760 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });

  for (const { view, svg, shot: wanted } of views) {
    await page.goto(pathToFileURL(svg).href);
    const m = await page.evaluate(measure, { selector: 'svg', touching });
    check(m.count > 0, `${view}.svg has text (${m.count} elements; ${m.sameLabel} in Graphviz labels, whose own lines are not compared)`);
    check(m.empty.length === 0, `${view}.svg: every text has a width`, `zero width: ${JSON.stringify(m.empty)}`);
    check(m.overlaps.length === 0, `${view}.svg: no two text boxes overlap`,
      m.overlaps.map((o) => `"${o.a}" [${o.aWhere}] overlaps "${o.b}" [${o.bWhere}] by ${o.dx}×${o.dy} px`).join('\n'));
    check(m.crossings.length === 0, `${view}.svg: no relation arrow crosses a text (${m.arrows} arrows)`,
      m.crossings.map((x) => `${x.arrow} crosses "${x.text}" [${x.where}]`).join('\n'));
    const c = m.content;
    const v = m.viewBox;
    const inside = c.x >= v.x - touching && c.y >= v.y - touching && c.x + c.width <= v.x + v.width + touching &&
      c.y + c.height <= v.y + v.height + touching;
    check(inside, `${view}.svg: the drawing fits its viewBox`, `content ${JSON.stringify(c)} viewBox ${JSON.stringify(v)}`);
    if (!wanted) continue;
    const shot = join(args.screenshots, `${view}.png`);
    // The page at the drawing's own size: a full-page capture of a bare SVG document stalls.
    const size = await page.evaluate(() => {
      const r = document.documentElement.getBoundingClientRect();
      return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
    });
    await page.setViewportSize(size);
    await page.screenshot({ path: shot, timeout: 120000 });
    await page.setViewportSize({ width: 1600, height: 760 });
    console.log(`screenshot ${shot}`);
  }

  for (const { view, html } of views) {
    if (!html) continue;
    await page.goto(pathToFileURL(html).href);
    const before = await page.evaluate(() => document.querySelector('#view > svg').getAttribute('viewBox'));
    await page.click('#zoom-in');
    const zoomed = await page.evaluate(() => document.querySelector('#view > svg').getAttribute('viewBox'));
    const width = (box) => Number(box.split(/[ ,]+/)[2]);
    check(width(zoomed) < width(before), `${view}.html: zoom in narrows the viewBox (${before} → ${zoomed})`);
    await page.click('#zoom-reset');

    await page.fill('#search', '하이닉스');
    const found = await page.evaluate(() => ({
      match: Array.from(document.querySelectorAll('[data-event].match')).map((e) => e.dataset.event),
      related: Array.from(document.querySelectorAll('[data-event].match-participant')).map((e) => e.dataset.event),
    }));
    check(found.match.length > 0 && found.match.every((id) => id === 'hynix-meeting'),
      `${view}.html: searching 하이닉스 highlights hynix-meeting and no other event`, `highlighted: ${JSON.stringify(found)}`);
    console.log(`    (events matched only through a participant: ${JSON.stringify([...new Set(found.related)])})`);

    await page.click('[data-event="hynix-meeting"] text');
    const details = await page.evaluate(() => {
      const panel = document.getElementById('details');
      const r = panel.getBoundingClientRect();
      return { hidden: panel.hidden, width: r.width, text: panel.innerText };
    });
    check(!details.hidden && details.width > 0 && /곽노정|Kwak/.test(details.text),
      `${view}.html: clicking hynix-meeting opens its details`, JSON.stringify(details));
    const placeholder = await page.getAttribute('#search', 'placeholder');
    check(placeholder === '사건 검색', `${view}.html: the Korean page's search box says 사건 검색`, placeholder);
    const shot = join(args.screenshots, `${view}-html.png`);
    await page.screenshot({ path: shot, timeout: 120000 });
    console.log(`screenshot ${shot}`);
  }
  for (const { view, html } of english) await checkEnglish(page, view, html);
  if (args.scale) await checkAtScale(page);
  check(requests.length === 0, 'no request left the file system', requests.join('\n'));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
