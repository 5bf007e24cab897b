// The only code that talks to the user: parses arguments, runs one command, sets the exit code.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "chronograph/chronograph.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/extract_command.hpp"
#include "cli/progress.hpp"
#include "cli/shell.hpp"

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

// Colour on a terminal unless NO_COLOR is set, or as --color says.
chronograph::DiagnosticStyle diagnostic_style(const std::string& color) {
  return {colors_diagnostics(color, Progress::stderr_is_terminal(), std::getenv("NO_COLOR"))};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chronograph: timelines and event graphs from event files", "chronograph"};
  app.set_version_flag("--version", fmt::format("chronograph {}", chronograph::version));
  app.require_subcommand(1);
  // --color may follow the command too: commands pass options they do not know up to here.
  app.fallthrough();
  std::string color = "auto";
  app.add_option(
         "--color", color,
         "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never")
      ->check(CLI::IsMember(color_choices));

  InputArgs check;
  auto* check_cmd = app.add_subcommand("check", "Check a file; exit 0 clean, 1 errors, 2 usage");
  add_input(*check_cmd, check);

  RenderArgs render;
  auto* render_cmd = app.add_subcommand("render",
                                        "Render a file to SVG, DOT, JSON, HTML, PNG, PDF, "
                                        "iCalendar, CSV, TimelineJS, TimeML, GraphML or GEXF");
  add_input(*render_cmd, render.in);
  render_cmd->add_option("-o,--output", render.output, "Output file, or - for stdout")->required();
  render_cmd->add_option("--view", render.view, "timeline (default), graph or storyline")
      ->check(CLI::IsMember({"timeline", "graph", "storyline"}));
  render_cmd
      ->add_option("--format", render.format,
                   "svg, dot, json, png, pdf, html, scene, graphml, gexf, ics, csv, timelinejs or "
                   "timeml (from -o; scene: the layout as JSON; graphml, gexf: the relationship "
                   "graph for graph tools; ics: iCalendar; csv: one row per event; timelinejs: "
                   "TimelineJS3 JSON; timeml: TimeML with TIMEX3s and TLINKs, .tml; "
                   "docs/formats.md)")
      ->check(CLI::IsMember({"svg", "dot", "json", "png", "pdf", "html", "scene", "graphml", "gexf",
                             "ics", "csv", "timelinejs", "timeml"}));
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
      "import",
      "Convert any input (TimeML, CSV, event JSON, Markwhen, TimelineJS JSON or sheet CSV) to an "
      "event file");
  add_input(*import_cmd, import.in);
  import_cmd->add_option("-o,--output", import.output, "Output .yaml, or - for stdout")->required();

  ExtractArgs extract;
  auto* extract_cmd = add_extract_command(app, extract);

  ShellArgs shell;
  const ShellCommands shell_cmds = add_shell_commands(app, shell);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& success) {
    return app.exit(success);  // --help, --version
  } catch (const CLI::ParseError& error) {
    // CLI11 would say "A subcommand is required" for `chronograph frob`.
    if (const auto unknown = unknown_command(app, argc, argv)) {
      Console(std::cout, std::cerr, diagnostic_style(color)).error(*unknown);
      return exit_usage;
    }
    app.exit(error);
    return exit_usage;
  }

  const Console console(std::cout, std::cerr, diagnostic_style(color));
  if (*check_cmd) return run_check(check, console);
  if (*render_cmd) return run_render(render, console);
  if (*explain_cmd) return run_explain(explain, console);
  if (*import_cmd) return run_import(import, console);
  if (*extract_cmd) return run_extract(extract, console);
  if (*shell_cmds.completion || *shell_cmds.man)
    return run_shell_command(app, shell_cmds, shell, console);
  return exit_usage;
}
