// The CLI only wires the stages together: read → load → render → write, and prints diagnostics.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "chronograph/chronograph.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace chronograph::cli;
  CLI::App app{"chronograph — timelines and event graphs from event files", "chronograph"};
  app.set_version_flag("--version", fmt::format("chronograph {}", chronograph::version));
  app.require_subcommand(1);

  CheckArgs check;
  auto* check_cmd = app.add_subcommand("check", "Check an event file; exit 0 clean, 1 errors");
  check_cmd->add_option("file", check.input, "Event file (.yaml)")->required();

  RenderArgs render;
  auto* render_cmd = app.add_subcommand("render", "Render an event file to SVG, DOT or JSON");
  render_cmd->add_option("file", render.input, "Event file (.yaml)")->required();
  render_cmd->add_option("-o,--output", render.output, "Output file, or - for stdout")->required();
  render_cmd->add_option("--view", render.view, "timeline, graph or storyline")
      ->check(CLI::IsMember({"timeline", "graph", "storyline"}));
  render_cmd->add_option("--format", render.format, "svg, dot or json (default: from -o)")
      ->check(CLI::IsMember({"svg", "dot", "json"}));
  render_cmd->add_option("--lang", render.language, "ko or en (default: the source's language)")
      ->check(CLI::IsMember({"ko", "en"}));

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
  return exit_usage;
}
