#pragma once
// Internal: the draft event file. Each dated expression's clause becomes an event (title from the
// clause, quote and byte positions, status from the ending, participants from known names and from
// name + title patterns); "출국 전" and "N개월 만" become relations.

#include <vector>

#include "chronograph/emit.hpp"
#include "chronograph/extract.hpp"
#include "extract/prepare.hpp"
#include "extract/resolve.hpp"

namespace chronograph::extract_stage {

struct DraftInput {
  const PreparedText& text;
  const std::vector<Resolved>& resolved;
  const Anchors& anchors;
  const ExtractOptions& options;
};

struct Draft {
  Document document;
  YamlComments comments;
};

[[nodiscard]] Draft make_draft(const DraftInput& input);

}  // namespace chronograph::extract_stage
