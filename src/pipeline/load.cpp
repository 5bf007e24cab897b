// The front of the pipeline in one call: parse → model → reason, diagnostics of every stage kept.

#include "chronograph/chronograph.hpp"
#include "csv/read_csv_stream.hpp"
#include "json/read_json_stream.hpp"
#include "model/model_stream.hpp"

namespace chronograph {

namespace {

void append(Diagnostics& to, Diagnostics& more) {
  to.insert(to.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

// The data formats' own readers hand the model each event as they read it; nullopt for the
// others (TimelineJS's JSON and sheets, YAML, TimeML, Markwhen), which are read whole.
std::optional<Result<Document>> parse_streaming(std::string_view text, std::string_view path,
                                                const LoadOptions& options,
                                                detail::ModelStream& stream, bool& whole) {
  const InputFormat format = input_format_for(path);
  if (format == InputFormat::json && !looks_like_timelinejs(text))
    return detail::parse_json_streaming(text, path, stream, whole);
  if (format == InputFormat::csv && (options.csv_map || !looks_like_timelinejs_sheet(text)))
    return detail::parse_csv_streaming(text, path, options.csv_map ? &*options.csv_map : nullptr,
                                       stream, whole);
  return std::nullopt;
}

// Event JSON and CSV (data files, often big) are modelled as they are read, so that their
// declarations are never whole (model/model_stream.hpp): the graph, or none with the parse
// stage's errors in `diagnostics`; nullopt, with nothing reported, when the file is to be read
// whole after all.
std::optional<Result<EventGraph>> stream_model(std::string_view text, std::string_view path,
                                               const LoadOptions& options,
                                               Diagnostics& diagnostics) {
  detail::ModelStream stream;
  bool whole = false;
  std::optional<Result<Document>> parsed_document =
      parse_streaming(text, path, options, stream, whole);
  if (!parsed_document) return std::nullopt;
  Result<Document>& document = *parsed_document;
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
