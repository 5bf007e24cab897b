// The page's script for a thinned timeline (docs/html.md, "At scale"): it decodes the index of
// every event (page_index.hpp), searches all of it, and draws the events of the density bands in
// view once the reader has zoomed in far enough for them to be told apart. It runs inside the
// page's script (viewer_script.cpp), which calls atScale(data.index, …) when the data has an index.

#include "render/html/viewer_assets.hpp"

namespace chronograph::detail {

std::string_view viewer_index_script() {
  return R"js(
const atScale = (index, svg, drawnIds, fold) => {
  // The page's own SVG namespace: the page carries no URL but its source's.
  const SVG_NS = svg.namespaceURI;
  // Front-coded columns: each entry keeps `shared` UTF-16 units of the previous one.
  const decode = (column) => {
    const out = new Array(column.shared.length);
    let previous = '';
    for (let i = 0; i < out.length; i++) {
      previous = previous.slice(0, column.shared[i]) + column.rest[i];
      out[i] = previous;
    }
    return out;
  };
  const ids = decode(index.ids);
  const titles = decode(index.titles);
  const count = ids.length;
  const lane = Int32Array.from(index.lane);
  const x0 = new Float64Array(count);
  const x1 = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (lane[i] < 0) continue;
    at += index.x[i];
    x0[i] = at / index.x_units;
    x1[i] = (at + index.width[i]) / index.x_units;
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  // The folded events of each banded lane by start, and the longest of them, to find those in view.
  const byLane = index.lanes.map(() => []);
  for (let i = 0; i < count; i++) if (lane[i] >= 0 && !drawnIds.has(ids[i])) byLane[lane[i]].push(i);
  const widest = byLane.map((list) => list.reduce((w, i) => Math.max(w, x1[i] - x0[i]), 0));
  for (const list of byLane) list.sort((a, b) => x0[a] - x0[b]);

  // Search: ids and titles of every event, folded once, on the first query.
  let haystack = null;
  const search = (query, limit) => {
    if (!haystack) haystack = ids.map((id, i) => fold(id + '\n' + titles[i]));
    const hits = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (!haystack[i].includes(query)) continue;
      if (hits.length < limit) hits.push(i);
      total++;
    }
    return { hits, total };
  };

  // The time at x, by the axis pieces [x0, x1, t0, t1]; null off the axis.
  const timeAt = (x) => {
    for (const [a, b, t0, t1] of index.axis) {
      if (x >= a && x <= b) return { seconds: b > a ? t0 + (x - a) / (b - a) * (t1 - t0) : t0, perUnit: b > a ? (t1 - t0) / (b - a) : 0 };
    }
    return null;
  };

  // Revealing: a band `band_height` units tall gets rows of labelled marks once it is tall enough on
  // screen, else rows of thin ticks; past `limit` marks in view nothing is drawn (the bands say it).
  const layer = document.createElementNS(SVG_NS, 'g');
  layer.setAttribute('class', 'revealed');
  svg.append(layer);
  const limit = 3000;
  const labelRow = 15;
  const tickRow = 4;
  const inView = (box) => {
    const found = [];
    index.lanes.forEach((info, l) => {
      if (info.band === null || info.band > box[1] + box[3] || info.band + index.band_height < box[1]) return;
      const list = byLane[l];
      let lo = 0;
      let hi = list.length;
      const from = box[0] - widest[l];
      while (lo < hi) { const mid = (lo + hi) >> 1; if (x0[list[mid]] < from) lo = mid + 1; else hi = mid; }
      const picked = [];
      for (let k = lo; k < list.length && x0[list[k]] <= box[0] + box[2]; k++) {
        if (x1[list[k]] >= box[0]) picked.push(list[k]);
      }
      if (picked.length) found.push({ lane: l, events: picked });
    });
    return found;
  };
  // Greedy rows: each event in the first row free at its start; null when one finds none.
  const rows = (events, count, end) => {
    const last = new Array(count).fill(-Infinity);
    const row = [];
    for (const i of events) {
      const r = last.findIndex((value) => value <= x0[i]);
      if (r < 0) return null;
      row.push(r);
      last[r] = end(i);
    }
    return row;
  };
  const mark = (i, y, height, width, label, scale) => {
    const group = document.createElementNS(SVG_NS, 'g');
    group.dataset.event = ids[i];
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = titles[i] || ids[i];
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', x0[i]);
    rect.setAttribute('y', y);
    rect.setAttribute('width', width);
    rect.setAttribute('height', height);
    group.append(title, rect);
    if (label) {
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', x0[i] + width + 3 / scale);
      text.setAttribute('y', y + height);
      text.setAttribute('font-size', 11 / scale);
      text.textContent = titles[i] || ids[i];
      group.append(text);
    }
    return group;
  };
  const drawLane = (part, scale) => {
    const top = index.lanes[part.lane].band;
    const tall = index.band_height * scale;
    const labelled = Math.floor(tall / labelRow);
    // A label's end, estimated at 6.5 px a character: a row is free again only after it.
    const textEnd = (i) => x0[i] + Math.max(x1[i] - x0[i], 2 / scale) + (10 + 6.5 * (titles[i] || ids[i]).length) / scale;
    let layout = labelled > 0 ? rows(part.events, labelled, textEnd) : null;
    const withLabels = layout !== null;
    const rowCount = withLabels ? labelled : Math.max(1, Math.floor(tall / tickRow));
    if (!withLabels) layout = rows(part.events, rowCount, (i) => Math.max(x1[i], x0[i] + 2 / scale) + 1 / scale);
    const height = index.band_height / rowCount;
    return part.events.map((i, k) => {
      const r = layout ? layout[k] : k % rowCount;  // no room even for ticks: rows overlap
      const width = Math.max(x1[i] - x0[i], 2 / scale);
      return mark(i, top + r * height + height * 0.15, height * 0.7, width, withLabels, scale);
    });
  };
  const reveal = (box, scale, decorate) => {
    layer.replaceChildren();
    if (index.band_height * scale < 2 * tickRow) return 0;
    const parts = inView(box);
    const total = parts.reduce((sum, part) => sum + part.events.length, 0);
    if (total === 0 || total > limit) return total > limit ? -total : 0;
    for (const part of parts) for (const group of drawLane(part, scale)) { decorate(group); layer.append(group); }
    return total;
  };
  return { ids, titles, lane, x0, x1, position, search, timeAt, reveal, layer, count };
};
)js";
}

}  // namespace chronograph::detail
