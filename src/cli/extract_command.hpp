#pragma once
// `chronograph extract`: an article in, a draft event file (or TimeML) out. Kept apart from the
// other commands so that it joins main.cpp in two lines.

#include <string>

#include "cli/console.hpp"

namespace CLI {
class App;
}

namespace chronograph::cli {

struct ExtractArgs {
  std::string input;
  std::string output;
  std::string published;
  std::string language = "auto";
  std::string entities;  // an event file whose entities are the known names
  std::string format;    // yaml (default) or timeml
};

// Adds the subcommand to `app`; returns it so that main can tell whether it was chosen.
CLI::App* add_extract_command(CLI::App& app, ExtractArgs& args);
int run_extract(const ExtractArgs& args, const Console& console);

}  // namespace chronograph::cli
