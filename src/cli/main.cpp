// The only code that talks to the user: parses arguments, runs one command, sets the exit code.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "chronograph/chronograph.hpp"
#include "cli/commands.hpp"
#include "cli/extract_command.hpp"

namespace {

using namespace chronograph::cli;

void add_input(CLI::App& command, InputArgs& args) {
  command
      .add_option("file", args.input,
                  "Event file (.yaml), TimeML document (.tml), event table (.csv; a TimelineJS "
                  "sheet by its header), event JSON (.json, as render --format json writes it; "
                  "TimelineJS JSON by its shape) or Markwhen (.mw)")
      ->required();
  command.add_option("--map", args.map,
                     "CSV in another layout: target=column,… (start=event_date,"
                     "participants=actor1;actor2) or a mapping file (docs/formats.md)");
  command.add_flag("--anchor-timex", args.anchor_timex,
                   "TimeML: read TIMEX3 values as absolute bounds (surfaces more conflicts)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chronograph: timelines and event graphs from event files", "chronograph"};
  app.set_version_flag("--version", fmt::format("chronograph {}", chronograph::version));
  app.require_subcommand(1);

  InputArgs check;
  auto* check_cmd = app.add_subcommand("check", "Check a file; exit 0 clean, 1 errors, 2 usage");
  add_input(*check_cmd, check);

  RenderArgs render;
  auto* render_cmd = app.add_subcommand(
      "render", "Render a file to SVG, DOT, JSON, HTML, PNG, PDF, iCalendar or CSV");
  add_input(*render_cmd, render.in);
  render_cmd->add_option("-o,--output", render.output, "Output file, or - for stdout")->required();
  render_cmd->add_option("--view", render.view, "timeline (default), graph or storyline")
      ->check(CLI::IsMember({"timeline", "graph", "storyline"}));
  render_cmd
      ->add_option("--format", render.format,
                   "svg, dot, json, png, pdf, html, scene, graphml, gexf, ics, csv or timelinejs "
                   "(from -o; scene: the layout as JSON; graphml, gexf: the relationship graph for "
                   "graph tools; ics: iCalendar; csv: one row per event; timelinejs: TimelineJS3 "
                   "JSON; docs/formats.md)")
      ->check(CLI::IsMember({"svg", "dot", "json", "png", "pdf", "html", "scene", "graphml", "gexf",
                             "ics", "csv", "timelinejs"}));
  render_cmd->add_option("--lang", render.language, "ko or en (default: the source's language)")
      ->check(CLI::IsMember({"ko", "en"}));
  render_cmd
      ->add_option("--lanes", render.lanes,
                   "Timeline lanes: participant (default), place, kind or none")
      ->check(CLI::IsMember({"participant", "place", "kind", "none"}));
  render_cmd
      ->add_option("--focus", render.focus,
                   "Timeline and storyline: event ids drawn first when the page is too full "
                   "for every event (comma-separated)")
      ->delimiter(',');
  render_cmd->add_option("--tz2", render.second_zone,
                         "Timeline: a second time zone for the axis and tooltips (e.g. UTC, "
                         "America/New_York)");
  render_cmd
      ->add_option("--measure", render.measure,
                   "Label widths: font (default; the installed fonts) or estimate (same output "
                   "on every machine)")
      ->check(CLI::IsMember({"font", "estimate"}));
  render_cmd->add_flag("--strict", render.strict,
                       "Statements about time that contradict fail the render (exit 1, no file) "
                       "instead of being drawn and reported as warnings");

  ExplainArgs explain;
  auto* explain_cmd =
      app.add_subcommand("explain", "Show an event's bounds and the statements that set them");
  add_input(*explain_cmd, explain.in);
  explain_cmd->add_option("event", explain.event, "Event id")->required();

  ImportArgs import;
  auto* import_cmd = app.add_subcommand(
      "import", "Convert a TimeML document, a CSV event table or event JSON to an event file");
  add_input(*import_cmd, import.in);
  import_cmd->add_option("-o,--output", import.output, "Output .yaml, or - for stdout")->required();

  ExtractArgs extract;
  auto* extract_cmd = add_extract_command(app, extract);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& success) {
    return app.exit(success);  // --help, --version
  } catch (const CLI::ParseError& error) {
    app.exit(error);
    return exit_usage;
  }

  if (*check_cmd) return run_check(check, std::cerr);
  if (*render_cmd) return run_render(render, std::cout, std::cerr);
  if (*explain_cmd) return run_explain(explain, std::cout, std::cerr);
  if (*import_cmd) return run_import(import, std::cout, std::cerr);
  if (*extract_cmd) return run_extract(extract, std::cout, std::cerr);
  return exit_usage;
}
