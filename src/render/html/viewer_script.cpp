// The page's script: pan and zoom through the SVG viewBox, search, details on click. It builds the
// details with textContent only, so no event text is ever parsed as HTML. Every word it shows comes
// from the page's UI strings (ui_text.cpp, in the page's language) or from the data; the script
// itself holds none, so it is one text for every language. The page runs it in one function with
// viewer_index_script() before it; a thinned page's deflated view and data are inflated first.

#include "render/html/viewer_assets.hpp"

namespace chronograph::detail {

std::string_view viewer_script() {
  return R"js(
const ui = JSON.parse(document.getElementById('chronograph-ui').textContent);
const start = (data) => {
  const svg = document.querySelector('#view > svg');
  const events = new Map(data.events.map((event) => [event.id, event]));
  const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
  const marks = Array.from(svg.querySelectorAll('[data-event], [data-entity]'));
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  const element = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  // Pan and zoom: the page only ever changes the viewBox.
  const base = svg.viewBox.baseVal;
  // A page far taller than the window (hundreds of lanes) starts at its full width from the top:
  // fitted whole it is a strip too narrow to read. Zooming out still shows all of it.
  const fitted = () => {
    const whole = [base.x, base.y, base.width, base.height];
    const rect = svg.getBoundingClientRect();
    if (!rect.width || !rect.height || base.height / base.width <= 2 * rect.height / rect.width) return whole;
    return [base.x, base.y, base.width, base.width * rect.height / rect.width];
  };
  const initial = fitted();
  let box = initial.slice();
  svg.setAttribute('viewBox', box.join(' '));
  let afterMove = () => {};
  const apply = () => { svg.setAttribute('viewBox', box.join(' ')); afterMove(); };
  const toSvg = (clientX, clientY) => {
    const point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  };
  const zoomAt = (factor, x, y) => {
    box = [x - (x - box[0]) * factor, y - (y - box[1]) * factor, box[2] * factor, box[3] * factor];
    apply();
  };
  const zoomCentre = (factor) => zoomAt(factor, box[0] + box[2] / 2, box[1] + box[3] / 2);
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const at = toSvg(event.clientX, event.clientY);
    zoomAt(Math.exp(Math.max(-1, Math.min(1, event.deltaY * 0.002))), at.x, at.y);
  }, { passive: false });
  document.getElementById('zoom-in').addEventListener('click', () => zoomCentre(1 / 1.25));
  document.getElementById('zoom-out').addEventListener('click', () => zoomCentre(1.25));
  document.getElementById('zoom-reset').addEventListener('click', () => { box = initial.slice(); apply(); });

  // A press that moves more than a few pixels is a drag, not a click. Capture starts only then, so a
  // plain click still lands on the mark under the pointer.
  let drag = null;
  let dragged = false;
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    const matrix = svg.getScreenCTM();
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, box: box.slice(), scale: matrix.a, moving: false };
    dragged = false;
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moving && Math.hypot(dx, dy) < 4) return;
    if (!drag.moving) {
      drag.moving = true;
      svg.setPointerCapture(event.pointerId);
      svg.classList.add('dragging');
    }
    box = [drag.box[0] - dx / drag.scale, drag.box[1] - dy / drag.scale, drag.box[2], drag.box[3]];
    apply();
  });
  const endDrag = (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    dragged = drag.moving;
    if (drag.moving) svg.releasePointerCapture(event.pointerId);
    svg.classList.remove('dragging');
    drag = null;
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);

  // Names as the views show them (display, chosen in C++ for the page's language), else the id.
  const entityName = (id) => (entities.get(id) ? entities.get(id).display.name : id);
  const eventTitle = (id) => (events.get(id) ? events.get(id).display.title : id);

  // Search: titles (ko, en, plain) and ids give a match; a participant's id or name gives a weaker one.
  const fold = (text) => (text || '').normalize('NFC').toLocaleLowerCase();
  const names = (id) => {
    const entity = entities.get(id);
    return entity ? [id, entity.name, entity.names.ko, entity.names.en, entity.display.name] : [id];
  };
  const scale = data.index ? atScale(data.index, svg, events, fold) : null;
  const own = new Map();
  const through = new Map();
  for (const event of data.events) {
    own.set(event.id, fold([event.id, event.title, event.titles.ko, event.titles.en, event.display.title].join('\n')));
    through.set(event.id, fold(event.participants.flatMap(names).join('\n')));
  }
  const eventMarks = marks.filter((mark) => mark.dataset.event);
  const search = document.getElementById('search');
  const count = document.getElementById('search-count');
  // At scale: the first matches of every event as a list under the search box; choosing one zooms
  // to it (far enough for a folded event to be drawn) and opens it.
  const resultLimit = 50;
  const results = scale ? element('ol', undefined, 'results') : null;
  if (results) {
    results.id = 'search-results';
    results.hidden = true;
    document.querySelector('header.bar').append(results);
  }
  const focusEvent = (i) => {
    const laneInfo = data.index.lanes[scale.lane[i]];
    if (!laneInfo) { showEvent(scale.ids[i]); return; }
    const width = Math.min(box[2], Math.max((scale.x1[i] - scale.x0[i]) * 4, initial[2] / 40));
    const height = width * initial[3] / initial[2];
    const y = laneInfo.band === null ? laneInfo.y + laneInfo.height / 2 : laneInfo.band + data.index.band_height / 2;
    box = [(scale.x0[i] + scale.x1[i]) / 2 - width / 2, y - height / 2, width, height];
    apply();
    showEvent(scale.ids[i]);
  };
  const listResults = (text) => {
    results.replaceChildren();
    results.hidden = text === '';
    if (text === '') return 0;
    const { hits, total } = scale.search(text, resultLimit);
    for (const i of hits) {
      const item = element('li');
      const button = element('button', scale.titles[i], 'link');
      button.type = 'button';
      button.dataset.result = scale.ids[i];
      button.append(element('span', scale.ids[i], 'result-id'));
      button.addEventListener('click', () => focusEvent(i));
      item.append(button);
      results.append(item);
    }
    if (total > hits.length) results.append(element('li', fill(ui.more_results, { count: total - hits.length }), 'more'));
    return total;
  };
  // The time a place on the axis stands for, to the precision the index keeps.
  const approximately = (x) => {
    const at = scale.timeAt(x);
    if (!at) return '';
    const zone = data.zone && data.zone !== 'Z' ? data.zone : 'UTC';
    const fine = at.perUnit / data.index.x_units < 3600;
    const options = { timeZone: zone, year: 'numeric', month: 'short', day: 'numeric' };
    if (fine) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
    let text;
    try {
      text = new Intl.DateTimeFormat(document.documentElement.lang, options).format(new Date(at.seconds * 1000));
    } catch (error) {
      text = new Date(at.seconds * 1000).toISOString();
    }
    return '\u2248 ' + text + ' (' + zone + ')';
  };
  let query = '';
  const highlight = (mark) => {
    const hit = query !== '' && fold(mark.dataset.event + '\n' + (mark.textContent || '')).includes(query);
    mark.classList.toggle('match', hit);
  };
  const runSearch = () => {
    query = fold(search.value.trim());
    let direct = 0;
    let related = 0;
    for (const mark of eventMarks) {
      const id = mark.dataset.event;
      const hit = query !== '' && (own.get(id) || '').includes(query);
      const via = query !== '' && !hit && (through.get(id) || '').includes(query);
      mark.classList.toggle('match', hit);
      mark.classList.toggle('match-participant', via);
      direct += hit ? 1 : 0;
      related += via ? 1 : 0;
    }
    svg.classList.toggle('searching', query !== '');
    if (scale) {
      for (const mark of scale.layer.children) highlight(mark);
      direct = listResults(query);
    }
    count.textContent = query === '' ? '' : fill(ui.search_count, { direct, related });
  };
  search.addEventListener('input', runSearch);

  // The details panel: one event or one entity, with links between them.
  const panel = document.getElementById('details');
  const body = document.getElementById('details-body');
  // Starts the panel; returns `row` (a label and a text, node or list of nodes; empty values are
  // left out) and `section` (an optional heading, after which rows go into a list of their own).
  const begin = (heading, other, kind, id) => {
    body.replaceChildren();
    body.dataset.kind = kind;
    body.dataset.id = id;
    body.append(element('h2', heading));
    if (other) body.append(element('p', other, 'other-language'));
    let rows = element('dl');
    body.append(rows);
    const section = (title) => {
      if (title) body.append(element('h3', title, 'zone'));
      rows = element('dl');
      body.append(rows);
    };
    const row = (label, value) => {
      if (value === undefined || value === null || value === '') return;
      if (Array.isArray(value) && value.length === 0) return;
      rows.append(element('dt', label));
      const cell = element('dd');
      if (Array.isArray(value)) {
        value.forEach((item, i) => { if (i > 0) cell.append(', '); cell.append(item); });
      } else if (value instanceof Node) {
        cell.append(value);
      } else {
        cell.textContent = value;
      }
      rows.append(cell);
    };
    return { row, section };
  };
  const finish = (attribute, id) => {
    panel.hidden = false;
    for (const mark of marks) mark.classList.toggle('selected', mark.dataset[attribute] === id);
  };
  // A button that opens another event or entity, named as the views name it.
  let showEvent;
  let showEntity;
  const link = (kind, id) => {
    const button = element('button', kind === 'event' ? eventTitle(id) : entityName(id), 'link');
    button.type = 'button';
    button.dataset[kind === 'event' ? 'linkEvent' : 'linkEntity'] = id;
    button.addEventListener('click', () => (kind === 'event' ? showEvent(id) : showEntity(id)));
    return button;
  };
  showEvent = (id) => {
    const event = events.get(id);
    if (!event) { showFolded(id); return; }
    const { row, section } = begin(event.display.title, event.display.other, 'event', id);
    row(ui.id, event.id);
    row(ui.status, event.display.status);
    row(ui.as_written, event.when);
    // One block per zone (the event's own, then the document's when it reads differently); an
    // event whose start and end share their bounds (an instant) has one line, not two equal ones.
    for (const block of event.display.bounds) {
      section(block.zone);
      if (block.start === block.end) {
        row(ui.time, block.start);
      } else {
        row(ui.start, block.start);
        row(ui.end, block.end);
      }
    }
    section('');
    row(ui.participants, event.participants.map((who) => link('entity', who)));
    row(ui.place, event.place ? link('entity', event.place) : '');
    if (event.source) {
      const both = element('div');
      both.append(element('blockquote', event.source.quote), element('div', event.source.where || '', 'where'));
      row(ui.source, both);
    }
    row(ui.tags, event.tags.join(', '));
    row(ui.note, event.note);
    finish('event', id);
  };
  showEntity = (id) => {
    const entity = entities.get(id);
    if (!entity) return;
    const { row } = begin(entity.display.name, entity.display.other, 'entity', id);
    row(ui.id, entity.id);
    row(ui.kind, entity.display.kind);
    row(ui.role, entity.role);
    row(ui.affiliation, entity.affiliation ? link('entity', entity.affiliation) : '');
    row(ui.members, data.entities.filter((other) => other.affiliation === id).map((other) => link('entity', other.id)));
    row(ui.tags, entity.tags.join(', '));
    row(ui.note, entity.note);
    // Its events in time order (the document's chronological order, then file order for the rest).
    const rank = new Map(data.order.map((event, i) => [event, i]));
    const involved = data.events
      .filter((event) => event.participants.includes(id) || event.place === id)
      .map((event) => event.id)
      .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
    if (involved.length) {
      const list = element('ul', undefined, 'events');
      for (const event of involved) {
        const item = element('li');
        item.append(link('event', event));
        list.append(item);
      }
      row(ui.events, list);
    }
    finish('entity', id);
  };
  // An event of a density band: what the index carries.
  const showFolded = (id) => {
    const i = scale ? scale.position.get(id) : undefined;
    if (i === undefined) return;
    const { row } = begin(scale.titles[i] || id, '', 'event', id);
    row(ui.id, id);
    const laneInfo = data.index.lanes[scale.lane[i]];
    if (laneInfo) row(ui.lane, laneInfo.entity ? link('entity', laneInfo.entity) : laneInfo.title);
    row(ui.on_axis, approximately(scale.x0[i]));
    // A page over its budget cut or dropped the index's titles (docs/html.md, "The page's budget").
    const kept = data.index.title_chars;
    const cut = data.index.titles_cut;
    row(ui.note, cut && kept === 0 ? ui.titles_dropped : laneInfo ? ui.folded : ui.index_only);
    if (cut && kept > 0) row(ui.note, fill(ui.titles_cut, { count: kept }));
    finish('event', id);
    for (const mark of scale.layer.children) mark.classList.toggle('selected', mark.dataset.event === id);
  };
  const open = (mark) => (mark.dataset.event ? showEvent(mark.dataset.event) : showEntity(mark.dataset.entity));
  svg.addEventListener('click', (event) => {
    if (dragged) { dragged = false; return; }
    const mark = event.target.closest('[data-event], [data-entity]');
    if (mark) open(mark);
  });
  for (const mark of marks) {
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(mark); }
    });
  }
  document.getElementById('details-close').addEventListener('click', () => {
    panel.hidden = true;
    for (const mark of marks) mark.classList.remove('selected');
    if (scale) for (const mark of scale.layer.children) mark.classList.remove('selected');
  });
  if (scale) {
    // Zooming or panning redraws the folded events in view, once per frame.
    let pending = false;
    afterMove = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        scale.reveal(box, svg.getScreenCTM().a, (mark) => {
          highlight(mark);
          mark.classList.toggle('selected', body.dataset.id === mark.dataset.event && !panel.hidden);
        });
        document.documentElement.dataset.revealed = String(scale.layer.children.length);
      });
    };
  }
  document.documentElement.dataset.ready = 'true';
};

const inflate = (element) => {
  const bytes = Uint8Array.from(atob(element.textContent), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).text();
};
const packed = document.getElementById('chronograph-data-deflated');
const packedView = document.getElementById('chronograph-view-deflated');
if (!packed) {
  start(JSON.parse(document.getElementById('chronograph-data').textContent));
} else {
  // A thinned page's view is deflated too: it goes into #view (our own SVG markup, parsed as the
  // inline view would be) before the script looks for it.
  const view = packedView ? inflate(packedView).then((markup) => {
    document.getElementById('view').innerHTML = markup;
  }) : Promise.resolve();
  Promise.all([inflate(packed), view]).then(([text]) => start(JSON.parse(text)));
}
)js";
}

}  // namespace chronograph::detail
