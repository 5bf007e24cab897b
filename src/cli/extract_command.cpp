#include "cli/extract_command.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

#include "chronograph/chronograph.hpp"
#include "chronograph/extract.hpp"
#include "cli/commands.hpp"

namespace chronograph::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractArgs& args) {
  CLI::App* command = app.add_subcommand(
      "extract", "Draft an event file from a news article (Korean or English plain text)");
  command->add_option("file", args.input, "The article, UTF-8 text")->required();
  command->add_option("-o,--output", args.output, "Output file, or - for stdout")->required();
  command->add_option("--published", args.published,
                      "Publication time, e.g. 2024-01-26T19:55+09:00 (default: the byline's)");
  command->add_option("--lang", args.language, "ko, en or auto (each sentence by its script)")
      ->check(CLI::IsMember({"ko", "en", "auto"}));
  command->add_option("--entities", args.entities,
                      "An event file whose entities are matched by name in the text");
  command->add_option("--format", args.format, "yaml (the draft, default) or timeml")
      ->check(CLI::IsMember({"yaml", "timeml"}));
  return command;
}

int run_extract(const ExtractArgs& args, const Console& console) {
  ExtractOptions options;
  options.path = args.input;
  options.language = args.language == "auto" ? "" : args.language;
  if (!args.published.empty()) {
    // A --published that is not a time is a usage error, before any file is read.
    const TimeParse<TimeSpec> published = parse_time(args.published, "UTC");
    if (!published.value || published.value->precision < Precision::day) {
      console.error("--published '" + args.published + "' is not a date or time" +
                    (published.error ? ": " + published.error->message : std::string{}));
      return exit_usage;
    }
    options.published = args.published;
  }
  if (!args.entities.empty()) {
    Result<std::string> file = read_file(args.entities);
    console.report(file.diagnostics, "");
    if (!file.value) return exit_errors;
    Result<Document> known = parse_document(*file.value, args.entities);
    console.report(known.diagnostics, *file.value);
    if (!known.ok()) return exit_errors;
    options.entities = known.value->entities;
  }
  Result<std::string> file = read_file(args.input);
  console.report(file.diagnostics, "");
  if (!file.value) return exit_errors;
  const Result<Extraction> extracted = extract(*file.value, options);
  console.report(extracted.diagnostics, *file.value);
  if (!extracted.ok()) return exit_errors;
  const std::string bytes = args.format == "timeml" ? write_timeml(*file.value, *extracted.value)
                                                    : write_draft(*extracted.value);
  return write_output(args.output, bytes, console);
}

}  // namespace chronograph::cli
