#pragma once
// Everything a program needs: parse → model → reason → render.

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/io.hpp"
#include "chronograph/reason.hpp"
#include "chronograph/render.hpp"
#include "chronograph/time.hpp"
#include "chronograph/version.hpp"

namespace chronograph {

// The whole front of the pipeline for one file's text: parse, build the model, reason.
struct Loaded {
  std::optional<EventGraph> graph;
  ReasonReport report;
  Diagnostics diagnostics;  // of every stage that ran, in order
  [[nodiscard]] bool ok() const { return graph.has_value() && !has_errors(diagnostics); }
};
[[nodiscard]] Loaded load(std::string_view text, std::string_view path);

}  // namespace chronograph
