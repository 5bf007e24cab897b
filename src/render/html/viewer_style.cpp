// The page's style sheet. Highlights are drawn with !important because the views colour their
// marks with presentation attributes and their own classes.

#include "render/html/viewer_assets.hpp"

namespace chronograph::detail {

std::string_view viewer_style() {
  return R"css(
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif;
  color: #1a1a1a; background: #fafafa; display: flex; flex-direction: column; }
header.bar { display: flex; align-items: center; gap: 12px; padding: 8px 12px; background: #fff;
  border-bottom: 1px solid #ddd; flex-wrap: wrap; }
header.bar h1 { font-size: 16px; margin: 0 12px 0 0; font-weight: bold; }
#search { font: inherit; font-size: 14px; padding: 4px 8px; width: 260px; border: 1px solid #aaa; border-radius: 4px; }
#search-count { font-size: 13px; color: #555; min-width: 6em; }
.zoom { margin-left: auto; }
.zoom button { font: inherit; font-size: 14px; min-width: 32px; padding: 3px 8px; margin-left: 2px;
  border: 1px solid #aaa; background: #fff; border-radius: 4px; cursor: pointer; }
main { flex: 1; display: flex; min-height: 0; }
#view { flex: 1; min-width: 0; position: relative; overflow: hidden; background: #fff; }
#view > svg { width: 100%; height: 100%; display: block; cursor: grab; touch-action: none; user-select: none; }
#view > svg.dragging { cursor: grabbing; }
[data-event], [data-entity] { cursor: pointer; }
.relations { pointer-events: none; }
[data-event]:focus, [data-entity]:focus { outline: none; }
svg.searching [data-event]:not(.match):not(.match-participant) { opacity: 0.3; }
[data-event].match rect, [data-event].match path, [data-event].match polygon, [data-event].match ellipse,
[data-event].match-participant rect, [data-event].match-participant path, [data-event].match-participant polygon {
  stroke: #d6005c !important; stroke-width: 2.5px !important; stroke-opacity: 1 !important; }
[data-event].match-participant rect, [data-event].match-participant path, [data-event].match-participant polygon {
  stroke-dasharray: 3 2 !important; }
[data-event].match text { fill: #d6005c !important; font-weight: bold; }
[data-event].selected rect, [data-event].selected path, [data-event].selected polygon, [data-event].selected ellipse {
  stroke: #0057d9 !important; stroke-width: 3px !important; stroke-opacity: 1 !important; }
[data-entity].selected ellipse, [data-entity].selected polygon, [data-entity].selected rect {
  stroke: #0057d9 !important; stroke-width: 3px !important; stroke-opacity: 1 !important; }
text[data-entity].selected, [data-entity].selected text { font-weight: bold; text-decoration: underline; }
g.line[data-entity].selected path { stroke-width: 6px !important; }
#details { width: 360px; flex: none; overflow: auto; background: #fff; border-left: 1px solid #ddd;
  padding: 12px 16px; font-size: 13px; }
#details[hidden] { display: none; }
#details h2 { font-size: 16px; margin: 0 28px 2px 0; }
#details .other-language { color: #555; margin: 0 0 10px; }
#details dl { margin: 0; display: grid; grid-template-columns: 7.5em 1fr; gap: 4px 10px; }
#details dt { color: #666; }
#details dd { margin: 0; overflow-wrap: anywhere; }
#details blockquote { margin: 0; padding-left: 8px; border-left: 3px solid #ccc; }
#details .where { color: #666; font-size: 12px; margin: 2px 0 0 11px; }
#details button.link { font: inherit; padding: 0; border: none; background: none; color: #0057d9;
  cursor: pointer; text-align: left; }
#details button.link:hover { text-decoration: underline; }
#details h3.zone { font-size: 12px; font-weight: bold; color: #444; margin: 10px 0 4px;
  border-top: 1px solid #eee; padding-top: 6px; }
#details dl + dl { margin-top: 10px; border-top: 1px solid #eee; padding-top: 6px; }
#details ul.events { margin: 0; padding: 0; list-style: none; }
#details ul.events li { margin: 0 0 4px; }
#search-results { position: absolute; top: 44px; left: 12px; z-index: 2; margin: 0; padding: 4px 0;
  list-style: none; width: 420px; max-height: 60vh; overflow: auto; background: #fff;
  border: 1px solid #aaa; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,0.15); font-size: 13px; }
#search-results[hidden] { display: none; }
#search-results li { padding: 2px 10px; }
#search-results button.link { font: inherit; padding: 0; border: none; background: none; color: #0057d9;
  cursor: pointer; text-align: left; }
#search-results .result-id { color: #777; margin-left: 8px; font-size: 12px; }
#search-results li.more { color: #666; }
header.bar { position: relative; }
.revealed rect { fill: #5b7db1; }
.revealed text { fill: #1a1a1a; }
#details-close { float: right; font-size: 18px; border: none; background: none; cursor: pointer; }
)css";
}

}  // namespace chronograph::detail
