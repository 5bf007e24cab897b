// The front of the pipeline in one call: parse → model → reason, diagnostics of every stage kept.

#include "chronograph/chronograph.hpp"

namespace chronograph {

InputFormat input_format_for(std::string_view path) {
  if (path.ends_with(".csv")) return InputFormat::csv;
  if (path.ends_with(".json")) return InputFormat::json;
  if (path.ends_with(".mw")) return InputFormat::markwhen;
  return path.ends_with(".tml") || path.ends_with(".xml") ? InputFormat::timeml : InputFormat::yaml;
}

Result<Document> parse_input(std::string_view text, std::string_view path,
                             const LoadOptions& options) {
  if (input_format_for(path) == InputFormat::timeml)
    return parse_timeml(text, path, TimemlOptions{options.anchor_timex});
  if (input_format_for(path) == InputFormat::csv) {
    if (options.csv_map) return parse_csv(text, path, *options.csv_map);
    return looks_like_timelinejs_sheet(text) ? parse_timelinejs_sheet(text, path)
                                             : parse_csv(text, path);
  }
  if (input_format_for(path) == InputFormat::json)
    return looks_like_timelinejs(text) ? parse_timelinejs(text, path) : parse_json(text, path);
  if (input_format_for(path) == InputFormat::markwhen) return parse_markwhen(text, path);
  return parse_document(text, path);
}

Loaded load(std::string_view text, std::string_view path, const LoadOptions& options) {
  Loaded loaded;
  auto append = [&loaded](Diagnostics& more) {
    loaded.diagnostics.insert(loaded.diagnostics.end(), std::make_move_iterator(more.begin()),
                              std::make_move_iterator(more.end()));
  };
  auto begin = [&options](LoadStage stage) {
    if (options.on_stage) options.on_stage(stage);
  };
  begin(LoadStage::parsing);
  Result<Document> document = parse_input(text, path, options);
  append(document.diagnostics);
  if (!document.value || has_errors(loaded.diagnostics)) return loaded;

  begin(LoadStage::modelling);
  Result<EventGraph> model = build_model(std::move(*document.value));
  append(model.diagnostics);
  if (!model.value || has_errors(loaded.diagnostics)) return loaded;

  // Reasoning needs every reference resolved and every time read, so it runs on a clean model only.
  begin(LoadStage::reasoning);
  loaded.report = reason(*model.value);
  append(loaded.report.diagnostics);
  loaded.report.diagnostics.clear();
  loaded.graph = std::move(model.value);
  return loaded;
}

}  // namespace chronograph
