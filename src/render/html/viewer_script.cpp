// The page's script: pan and zoom through the SVG viewBox, search, details on click. It builds the
// details with textContent only, so no event text is ever parsed as HTML.

#include "render/html/viewer_assets.hpp"

namespace chronograph::detail {

std::string_view viewer_script() {
  return R"js(
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('chronograph-data').textContent);
  const svg = document.querySelector('#view > svg');
  const events = new Map(data.events.map((event) => [event.id, event]));
  const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
  const marks = Array.from(svg.querySelectorAll('[data-event]'));

  // Pan and zoom: the page only ever changes the viewBox.
  const base = svg.viewBox.baseVal;
  const initial = [base.x, base.y, base.width, base.height];
  let box = initial.slice();
  const apply = () => svg.setAttribute('viewBox', box.join(' '));
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

  // Search: titles (ko, en) and ids give a match; a participant's id or name gives a weaker one.
  const fold = (text) => (text || '').normalize('NFC').toLocaleLowerCase();
  const names = (id) => {
    const entity = entities.get(id);
    return entity ? [id, entity.name, entity.names.ko, entity.names.en] : [id];
  };
  const own = new Map();
  const through = new Map();
  for (const event of data.events) {
    own.set(event.id, fold([event.id, event.title, event.titles.ko, event.titles.en].join('\n')));
    through.set(event.id, fold(event.participants.flatMap(names).join('\n')));
  }
  const search = document.getElementById('search');
  const count = document.getElementById('search-count');
  const runSearch = () => {
    const query = fold(search.value.trim());
    let direct = 0;
    let related = 0;
    for (const mark of marks) {
      const id = mark.dataset.event;
      const hit = query !== '' && (own.get(id) || '').includes(query);
      const via = query !== '' && !hit && (through.get(id) || '').includes(query);
      mark.classList.toggle('match', hit);
      mark.classList.toggle('match-participant', via);
      direct += hit ? 1 : 0;
      related += via ? 1 : 0;
    }
    svg.classList.toggle('searching', query !== '');
    count.textContent = query === '' ? '' : `${direct} matching, ${related} by participant`;
  };
  search.addEventListener('input', runSearch);

  // Details of one event.
  const panel = document.getElementById('details');
  const body = document.getElementById('details-body');
  const element = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  // `shown` is how the pictures write bounds the ISO text would misstate ("44 BCE", not "-0043").
  const span = (bounds) => {
    if (!bounds || (!bounds.earliest && !bounds.latest)) return 'open';
    const shown = bounds.shown || bounds;
    if (bounds.earliest === bounds.latest) return shown.earliest;
    return `${shown.earliest || '…'} – ${shown.latest || '…'}`;
  };
  const entityName = (id) => {
    const entity = entities.get(id);
    if (!entity) return id;
    const both = [entity.names.ko, entity.names.en].filter(Boolean);
    return both.length ? both.join(' / ') : id;
  };
  const show = (id) => {
    const event = events.get(id);
    if (!event) return;
    const primary = event.titles[document.documentElement.lang] || event.title || event.id;
    const other = [event.titles.ko, event.titles.en].filter((title) => title && title !== primary);
    body.replaceChildren();
    body.append(element('h2', primary));
    if (other.length) body.append(element('p', other.join(' / '), 'other-language'));
    const rows = element('dl');
    const row = (label, value) => {
      if (value === undefined || value === null || value === '') return;
      rows.append(element('dt', label));
      const cell = element('dd');
      if (value instanceof Node) cell.append(value); else cell.textContent = value;
      rows.append(cell);
    };
    row('id', event.id);
    row('status', event.status);
    row('when', event.when);
    row(`start (${event.zone})`, span(event.start));
    row(`end (${event.zone})`, span(event.end));
    if (event.document && event.document.zone !== event.zone) {
      row(`start (${event.document.zone})`, span(event.document.start));
      row(`end (${event.document.zone})`, span(event.document.end));
    }
    row('participants', event.participants.map(entityName).join(', '));
    row('place', event.place ? entityName(event.place) : '');
    if (event.source) {
      const quote = element('blockquote', event.source.quote);
      const where = element('div', event.source.where || '');
      const both = element('div');
      both.append(quote, where);
      row('source', both);
    }
    row('note', event.note);
    body.append(rows);
    panel.hidden = false;
    for (const mark of marks) mark.classList.toggle('selected', mark.dataset.event === id);
  };
  svg.addEventListener('click', (event) => {
    if (dragged) { dragged = false; return; }
    const mark = event.target.closest('[data-event]');
    if (mark) show(mark.dataset.event);
  });
  for (const mark of marks) {
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(mark.dataset.event); }
    });
  }
  document.getElementById('details-close').addEventListener('click', () => {
    panel.hidden = true;
    for (const mark of marks) mark.classList.remove('selected');
  });
})();
)js";
}

}  // namespace chronograph::detail
