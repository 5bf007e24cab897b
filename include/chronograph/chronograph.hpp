#pragma once
// Everything a program needs: parse → model → reason → render.

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/emit.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/io.hpp"
#include "chronograph/reason.hpp"
#include "chronograph/render.hpp"
#include "chronograph/time.hpp"
#include "chronograph/timeml.hpp"
#include "chronograph/version.hpp"

namespace chronograph {

// Which reader a file goes through: TimeML for .tml and .xml, the YAML event format otherwise.
enum class InputFormat { yaml, timeml };
[[nodiscard]] InputFormat input_format_for(std::string_view path);

struct LoadOptions {
  bool anchor_timex = false;  // TimeML only: TIMEX3 values become absolute bounds
};

// The parse stage for whichever format `path` names.
[[nodiscard]] Result<Document> parse_input(std::string_view text, std::string_view path,
                                           const LoadOptions& options = {});

// The whole front of the pipeline for one file's text: parse, build the model, reason.
struct Loaded {
  std::optional<EventGraph> graph;
  ReasonReport report;
  Diagnostics diagnostics;  // of every stage that ran, in order
  [[nodiscard]] bool ok() const { return graph.has_value() && !has_errors(diagnostics); }
};
[[nodiscard]] Loaded load(std::string_view text, std::string_view path,
                          const LoadOptions& options = {});

}  // namespace chronograph
