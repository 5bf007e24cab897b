#pragma once
// Everything a program needs: parse → model → reason → render.

#include <functional>
#include <optional>

#include "chronograph/csv.hpp"
#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/emit.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/io.hpp"
#include "chronograph/json.hpp"
#include "chronograph/markwhen.hpp"
#include "chronograph/reason.hpp"
#include "chronograph/render.hpp"
#include "chronograph/time.hpp"
#include "chronograph/timelinejs.hpp"
#include "chronograph/timeml.hpp"
#include "chronograph/version.hpp"

namespace chronograph {

// Which reader a file goes through: TimeML for .tml and .xml, CSV for .csv, event JSON for .json,
// Markwhen for .mw (docs/formats.md), the YAML event format otherwise. parse_input() also looks
// inside: a .json shaped as TimelineJS and a .csv with TimelineJS's sheet header (and no --map)
// are read as TimelineJS.
enum class InputFormat { yaml, timeml, csv, json, markwhen };
[[nodiscard]] InputFormat input_format_for(std::string_view path);

// The stages load() runs, in order; LoadOptions::on_stage hears of each as it begins.
enum class LoadStage { parsing, modelling, reasoning };

struct LoadOptions {
  bool anchor_timex = false;  // TimeML only: TIMEX3 values become absolute bounds
  // Called as each stage begins, on the calling thread (the CLI's progress bar); may be empty.
  std::function<void(LoadStage)> on_stage;
  // CSV only: the file is in another layout, read through this mapping (docs/formats.md).
  std::optional<CsvMapping> csv_map;
};

// The parse stage for whichever format `path` names.
[[nodiscard]] Result<Document> parse_input(std::string_view text, std::string_view path,
                                           const LoadOptions& options = {});

// The whole front of the pipeline for one file's text: parse, build the model, reason.
// Two states, not one: a file whose statements contradict each other still has a graph (to render,
// explain or export, contradictions marked), while a file that did not parse or resolve has none.
//   has_graph(): graph and report are set; *graph is safe to use.
//   clean():     has_graph() and no error at all (no contradiction either); what `check` exits 0
//   on.
struct Loaded {
  std::optional<EventGraph> graph;
  ReasonReport report;      // of `graph`; empty when there is none
  Diagnostics diagnostics;  // of every stage that ran, in order
  [[nodiscard]] bool has_graph() const { return graph.has_value(); }
  [[nodiscard]] bool clean() const { return has_graph() && !has_errors(diagnostics); }
  // Older spelling of clean(), kept so existing callers build.
  [[nodiscard]] bool ok() const { return clean(); }
};
[[nodiscard]] Loaded load(std::string_view text, std::string_view path,
                          const LoadOptions& options = {});

}  // namespace chronograph
