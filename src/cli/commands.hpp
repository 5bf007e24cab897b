#pragma once
// The CLI's commands as functions of their arguments and streams, so tests can run them directly.

#include <iosfwd>
#include <string>

namespace chronograph::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_errors = 1;
inline constexpr int exit_usage = 2;

struct CheckArgs {
  std::string input;
};

struct RenderArgs {
  std::string input;
  std::string output;
  std::string view;      // empty: timeline
  std::string format;    // empty: from the output's extension
  std::string language;  // empty: the source's language, else en
};

int run_check(const CheckArgs& args, std::ostream& err);
int run_render(const RenderArgs& args, std::ostream& out, std::ostream& err);

}  // namespace chronograph::cli
