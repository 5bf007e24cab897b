#include "cli/commands.hpp"

#include <ostream>

#include "chronograph/chronograph.hpp"

namespace chronograph::cli {

namespace {

struct Input {
  std::string text;
  Loaded loaded;
};

// Reads and loads a file, printing every diagnostic; nullopt-like (no graph) on errors.
Input load_input(const std::string& path, std::ostream& err) {
  Input input;
  Result<std::string> file = read_file(path);
  if (!file.value) {
    err << format_diagnostics(file.diagnostics, "");
    return input;
  }
  input.text = std::move(*file.value);
  input.loaded = load(input.text, path);
  err << format_diagnostics(input.loaded.diagnostics, input.text);
  return input;
}

}  // namespace

int run_check(const CheckArgs& args, std::ostream& err) {
  const Input input = load_input(args.input, err);
  return input.loaded.ok() ? exit_ok : exit_errors;
}

int run_render(const RenderArgs& args, std::ostream& out, std::ostream& err) {
  RenderOptions options;
  if (!args.format.empty()) {
    options.format = *format_from_string(args.format);
  } else if (const auto format = format_from_extension(args.output)) {
    options.format = *format;
  } else {
    err << "chronograph: error: cannot tell the format from '" << args.output
        << "'; use --format svg|dot|json\n";
    return exit_usage;
  }
  if (!args.view.empty()) options.view = *view_from_string(args.view);

  const Input input = load_input(args.input, err);
  if (!input.loaded.ok()) return exit_errors;
  const EventGraph& graph = *input.loaded.graph;
  const std::string& language = args.language.empty() ? graph.info.language : args.language;
  options.language = language == "ko" ? Language::ko : Language::en;

  Result<std::string> rendered = render(graph, input.loaded.report, options);
  err << format_diagnostics(rendered.diagnostics, input.text);
  if (!rendered.ok()) return exit_errors;
  if (args.output == "-") {
    out << *rendered.value;
    return out ? exit_ok : exit_errors;
  }
  const Diagnostics written = write_file_atomically(args.output, *rendered.value);
  err << format_diagnostics(written, "");
  return has_errors(written) ? exit_errors : exit_ok;
}

}  // namespace chronograph::cli
