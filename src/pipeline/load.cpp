// The front of the pipeline in one call: parse → model → reason, diagnostics of every stage kept.

#include "chronograph/chronograph.hpp"
#include "json/read_json_stream.hpp"
#include "model/model_stream.hpp"

namespace chronograph {

namespace {

void append(Diagnostics& to, Diagnostics& more) {
  to.insert(to.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

// Event JSON (a data file, often big) is modelled as it is read, so that its declarations are
// never whole (model/model_stream.hpp): the graph, or none with the parse stage's errors in
// `diagnostics`; nullopt, with nothing reported, when the file is to be read whole after all.
std::optional<Result<EventGraph>> stream_model(std::string_view text, std::string_view path,
                                               const LoadOptions& options,
                                               Diagnostics& diagnostics) {
  if (input_format_for(path) != InputFormat::json || looks_like_timelinejs(text))
    return std::nullopt;
  detail::ModelStream stream;
  bool whole = false;
  Result<Document> document = detail::parse_json_streaming(text, path, stream, whole);
  if (whole) return std::nullopt;
  const bool parsed = document.value && !has_errors(document.diagnostics);
  if (parsed && !stream.exact()) return std::nullopt;
  append(diagnostics, document.diagnostics);
  if (!parsed) return Result<EventGraph>{};
  if (options.on_stage) options.on_stage(LoadStage::modelling);
  return stream.finish();
}

}  // namespace

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
  auto begin = [&options](LoadStage stage) {
    if (options.on_stage) options.on_stage(stage);
  };
  begin(LoadStage::parsing);
  std::optional<Result<EventGraph>> model = stream_model(text, path, options, loaded.diagnostics);
  if (!model) {
    Result<Document> document = parse_input(text, path, options);
    append(loaded.diagnostics, document.diagnostics);
    if (!document.value || has_errors(loaded.diagnostics)) return loaded;
    begin(LoadStage::modelling);
    model = build_model(std::move(*document.value));
  }
  append(loaded.diagnostics, model->diagnostics);
  if (!model->value || has_errors(loaded.diagnostics)) return loaded;

  // Reasoning needs every reference resolved and every time read, so it runs on a clean model only.
  begin(LoadStage::reasoning);
  loaded.report = reason(*model->value);
  append(loaded.diagnostics, loaded.report.diagnostics);
  loaded.report.diagnostics.clear();
  loaded.graph = std::move(model->value);
  return loaded;
}

}  // namespace chronograph
