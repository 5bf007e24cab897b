#pragma once
// The CLI's commands as functions of their arguments and streams.

#include <string>
#include <vector>

#include "cli/console.hpp"

namespace chronograph::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_errors = 1;
inline constexpr int exit_usage = 2;

struct InputArgs {
  std::string input;
  bool anchor_timex = false;  // TimeML: TIMEX3 values as absolute bounds
  std::string map;            // CSV: --map, `target=column,…` or a mapping file's path
};

struct RenderArgs {
  InputArgs in;
  std::string output;
  std::string view;                // empty: timeline
  std::string format;              // empty: from the output's extension
  std::string language;            // empty: the source's language, else en
  std::string lanes;               // empty: participant
  std::string second_zone;         // --tz2; empty: none
  std::vector<std::string> focus;  // --focus: events a thinned timeline draws first
  std::string measure;             // empty: font
  bool strict = false;             // a contradiction fails the render (exit 1, nothing written)
};

struct ExplainArgs {
  InputArgs in;
  std::string event;
};

struct ImportArgs {
  InputArgs in;
  std::string output;
};

// Writes `bytes` to stdout for "-", else atomically to the file; reports failures. Every command
// that writes a file goes through it.
int write_output(const std::string& output, const std::string& bytes, const Console& console);

int run_check(const InputArgs& args, const Console& console);
int run_render(const RenderArgs& args, const Console& console);
int run_explain(const ExplainArgs& args, const Console& console);
int run_import(const ImportArgs& args, const Console& console);

}  // namespace chronograph::cli
