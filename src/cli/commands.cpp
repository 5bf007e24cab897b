#include "cli/commands.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <ostream>

#include "chronograph/chronograph.hpp"
#include "cli/progress.hpp"

namespace chronograph::cli {

namespace {

constexpr std::string_view stdin_name = "<stdin>";

std::string display_name(const std::string& path) {
  return path == "-" ? std::string(stdin_name) : path;
}

// An output that is the input (same device and inode, through any path or link) would overwrite
// the source with the rendering; refused before anything is read or written.
bool refuses_same_file(const std::string& input, const std::string& output,
                       const Console& console) {
  if (input == "-" || output == "-") return false;
  std::error_code error;
  if (!std::filesystem::equivalent(input, output, error)) return false;
  console.error("output is the same file as the input " + input, output);
  return true;
}

// What the progress bar calls each step (docs/cli.md, "Progress").
constexpr std::string_view reading_stage = "reading";
constexpr std::string_view drawing_stage = "drawing";
constexpr std::string_view writing_stage = "writing";
// reading, then load()'s three stages
constexpr std::size_t loading_stages = 4;

std::string_view stage_name(LoadStage stage) {
  switch (stage) {
    case LoadStage::parsing:
      return "parsing";
    case LoadStage::modelling:
      return "building the model";
    case LoadStage::reasoning:
      return "reasoning";
  }
  return "loading";
}

// A bar on standard error when that is where diagnostics go and it is a terminal.
bool shows_progress(const Console& console) {
  return &console.err() == &std::cerr && Progress::stderr_is_terminal();
}

struct Input {
  bool read = false;
  SourceText text;
};

// "-" is standard input, named <stdin> in diagnostics.
Result<SourceText> read_source(const std::string& path) {
  const InputFormat format = input_format_for(path);
  const std::size_t limit = format == InputFormat::json || format == InputFormat::csv
                                ? limits::max_data_input_bytes
                                : limits::max_input_bytes;
  if (path != "-") return map_file(path, limit);
  Result<std::string> read = read_descriptor(0, std::string(stdin_name));
  Result<SourceText> text{std::nullopt, std::move(read.diagnostics)};
  if (read.value) text.value.emplace(std::move(*read.value));
  return text;
}

Input read_input(const std::string& path, const Console& console, Progress& progress) {
  Input input;
  progress.stage(reading_stage);
  Result<SourceText> file = read_source(path);
  progress.hide();
  console.report(file.diagnostics, "");
  if (!file.value) return input;
  input.read = true;
  input.text = std::move(*file.value);
  return input;
}

struct LoadedInput {
  Input input;
  Loaded loaded;
  bool failed = true;  // no graph, or an error as printed (contradictions may be warnings)
};

// How `render` reports what the reason stage found: a file whose statements contradict is drawn
// with the conflict marked, so its errors are warnings there (docs/reasoning.md).
enum class Contradictions { are_errors, are_warnings };

// --map: inline `target=column,…` when it holds a '=', else the path of a mapping file. False,
// with the diagnostics printed, when it cannot be used.
bool read_map(const InputArgs& args, LoadOptions& options, const Console& console,
              Progress& progress) {
  if (args.map.empty()) return true;
  if (input_format_for(args.input) != InputFormat::csv) {
    console.error("--map maps the columns of a .csv file, and " + args.input + " is not one");
    return false;
  }
  Result<CsvMapping> mapping;
  std::string shown = args.map;
  if (args.map.find('=') != std::string::npos) {
    mapping = parse_csv_map(args.map, "--map");
  } else {
    Input file = read_input(args.map, console, progress);
    if (!file.read) return false;
    shown = file.text.view();
    mapping = parse_csv_map_file(shown, display_name(args.map));
  }
  progress.hide();
  console.report(mapping.diagnostics, shown);
  if (!mapping.ok()) return false;
  options.csv_map = std::move(*mapping.value);
  return true;
}

// Reads and loads a file, printing every diagnostic.
LoadedInput load_input(const InputArgs& args, const Console& console, Progress& progress,
                       Contradictions contradictions = Contradictions::are_errors) {
  LoadedInput result;
  LoadOptions options{args.anchor_timex, {}, {}};
  if (!read_map(args, options, console, progress)) return result;
  result.input = read_input(args.input, console, progress);
  if (!result.input.read) return result;
  const SourceText& text = result.input.text;
  options.on_stage = [&progress, &text](LoadStage stage) {
    progress.stage(stage_name(stage));
    // Parsed: the text is read again only for the lines of messages (a big file's 250 MB out
    // of the peak, as the model and reasoning grow).
    if (stage != LoadStage::parsing) text.release();
  };
  result.loaded = load(text.view(), display_name(args.input), options);
  progress.hide();
  Diagnostics shown = result.loaded.diagnostics;
  // With a graph, every error is the reason stage's: parse and model errors leave none (load()).
  if (contradictions == Contradictions::are_warnings && result.loaded.has_graph())
    for (Diagnostic& diagnostic : shown)
      if (diagnostic.severity == Severity::error) diagnostic.severity = Severity::warning;
  console.report(shown, text.view());
  result.failed = !result.loaded.has_graph() || has_errors(shown);
  return result;
}

// A command's loaded file is kept until the process ends, which follows the command: freeing the
// graph of a million events takes a second or more, which the operating system does at once at
// exit. Held from a static, so that leak checkers count it as reachable.
const LoadedInput& keep_until_exit(LoadedInput input) {
  static LoadedInput* kept = nullptr;
  delete kept;
  kept = new LoadedInput(std::move(input));
  return *kept;
}

// Writes to stdout for "-", else through write_file (atomic for regular files, straight through for
// devices and FIFOs); reports failures.
int emit(const std::string& output, const std::string& bytes, const Console& console,
         Progress* progress = nullptr) {
  if (output == "-") {
    // Standard output may be the terminal the bar is drawn on.
    if (progress != nullptr) progress->hide();
    // A full disk or a closed pipe shows only at the flush; say so rather than exit 1 silently.
    console.out() << bytes << std::flush;
    if (console.out()) return exit_ok;
    console.error(std::string("cannot write output: ") + std::strerror(errno), "<stdout>");
    return exit_errors;
  }
  if (progress != nullptr) progress->stage(writing_stage);
  const Diagnostics written = write_file(output, bytes);
  if (progress != nullptr) progress->hide();
  console.report(written, "");
  return has_errors(written) ? exit_errors : exit_ok;
}

// Graphviz sizes the graph view's labels itself, and the data formats (JSON, GraphML, GEXF,
// iCalendar, CSV, TimeML) have no layout; TimelineJS takes only the axis's segments, which no label
// width moves.
bool lays_out_text(const RenderOptions& options) {
  switch (options.format) {
    case Format::json:
    case Format::graphml:
    case Format::gexf:
    case Format::ics:
    case Format::csv:
    case Format::timelinejs:
    case Format::timeml:
      return false;
    default:
      return options.view != View::graph;
  }
}

// The SVGs' font stack through fontconfig; nullopt (estimated widths) with a warning when no font
// is found.
std::optional<FontTextMeasure> open_font(Language language, const Console& console) {
  Result<FontTextMeasure> opened = FontTextMeasure::open(language);
  for (Diagnostic diagnostic : opened.diagnostics) {
    // Not fatal: the render goes on with estimated widths.
    if (diagnostic.severity == Severity::error) diagnostic.severity = Severity::warning;
    if (diagnostic.range.file.empty()) diagnostic.range.file = "chronograph";
    console.report({diagnostic}, "");
  }
  if (!opened.value) {
    console.warning(
        "label widths are estimated instead; --measure estimate chooses that without this "
        "warning");
    return std::nullopt;
  }
  return std::move(opened.value);
}

}  // namespace

int write_output(const std::string& output, const std::string& bytes, const Console& console) {
  return emit(output, bytes, console);
}

int run_check(const InputArgs& args, const Console& console) {
  Progress progress(console.err(), shows_progress(console), loading_stages);
  return keep_until_exit(load_input(args, console, progress)).loaded.ok() ? exit_ok : exit_errors;
}

int run_render(const RenderArgs& args, const Console& console) {
  RenderOptions options;
  if (!args.format.empty()) {
    options.format = *format_from_string(args.format);
  } else if (const auto format = format_from_extension(args.output)) {
    options.format = *format;
  } else {
    console.error("cannot tell the format from '" + args.output + "'; use --format");
    return exit_usage;
  }
  if (!args.view.empty()) options.view = *view_from_string(args.view);
  if (refuses_same_file(args.in.input, args.output, console)) return exit_errors;

  Progress progress(console.err(), shows_progress(console), loading_stages + 2);
  const LoadedInput& input = keep_until_exit(
      load_input(args.in, console, progress,
                 args.strict ? Contradictions::are_errors : Contradictions::are_warnings));
  if (input.failed) return exit_errors;
  const EventGraph& graph = *input.loaded.graph;
  const std::string& language = args.language.empty() ? graph.info.language : args.language;
  options.language = language == "ko" ? Language::ko : Language::en;
  if (args.lanes == "place") options.lanes = LaneGrouping::place;
  if (args.lanes == "kind") options.lanes = LaneGrouping::kind;
  if (args.lanes == "none") options.lanes = LaneGrouping::none;
  options.second_zone = args.second_zone;
  options.focus = args.focus;

  // Declared before the render so it outlives options.measure.
  const std::optional<FontTextMeasure> font = args.measure == "estimate" || !lays_out_text(options)
                                                  ? std::nullopt
                                                  : open_font(options.language, console);
  if (font) options.measure = &*font;

  progress.stage(drawing_stage);
  Result<std::string> rendered = render(graph, input.loaded.report, options);
  progress.hide();
  console.report(rendered.diagnostics, input.input.text.view());
  if (!rendered.ok()) return exit_errors;
  return emit(args.output, *rendered.value, console, &progress);
}

int run_explain(const ExplainArgs& args, const Console& console) {
  Progress progress(console.err(), shows_progress(console), loading_stages);
  const LoadedInput input = load_input(args.in, console, progress);
  if (!input.loaded.graph) return exit_errors;
  const EventGraph& graph = *input.loaded.graph;
  const auto node = graph.find(args.event);
  if (!node || graph.kind(*node) != NodeKind::event) {
    console.error("no event '" + args.event + "' in " + args.in.input);
    return exit_usage;
  }
  const std::string text = format_explanation(graph, explain(graph, input.loaded.report, *node));
  console.out() << text;
  if (!text.empty() && text.back() != '\n') console.out() << '\n';
  return input.loaded.ok() ? exit_ok : exit_errors;
}

int run_import(const ImportArgs& args, const Console& console) {
  if (refuses_same_file(args.in.input, args.output, console)) return exit_errors;
  Progress progress(console.err(), shows_progress(console), 3);
  LoadOptions options{args.in.anchor_timex, {}, {}};
  if (!read_map(args.in, options, console, progress)) return exit_errors;
  const Input input = read_input(args.in.input, console, progress);
  if (!input.read) return exit_errors;
  progress.stage(stage_name(LoadStage::parsing));
  Result<Document> document = parse_input(input.text.view(), display_name(args.in.input), options);
  progress.hide();
  console.report(document.diagnostics, input.text.view());
  if (!document.ok()) return exit_errors;
  return emit(args.output, emit_yaml(*document.value), console, &progress);
}

}  // namespace chronograph::cli
