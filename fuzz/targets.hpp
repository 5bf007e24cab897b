#pragma once
// The fuzz targets as plain functions: libFuzzer's entry points (fuzz_main.cpp) call them, and so
// does the test suite, which replays every input under fuzz/regressions/
// (tests/fuzz_regressions_test.cpp). Each returns false when a property the target checks does not
// hold; crashes, sanitizer reports and hangs speak for themselves.

#include <string_view>

namespace chronograph::fuzz {

// An event file through load() and, when it has a graph, the views that need no fonts and no
// `dot` layout (those run third-party code the fuzzer should not spend its time in).
bool load_target(std::string_view bytes);

// A TimeML document through parse_timeml() and, when it reads cleanly, `import` (emit_yaml) and
// load() of that YAML: the import must read back with the same verdict as the TimeML file.
bool timeml_target(std::string_view bytes);

// Event JSON through parse_json() and, when it reads cleanly, `import` (emit_yaml) and load() of
// that YAML: as for TimeML, the import must read back with the JSON's verdict.
bool json_target(std::string_view bytes);

// A CSV table: the first byte picks our own layout or a fixed --map mapping, the rest is the file.
// A table that reads must import to YAML that reads, with the same verdict under load().
bool csv_target(std::string_view bytes);

// An article through extract(): the first byte picks the language (ko, en, or by script) and
// whether --published is given, the rest is the text. A draft it writes must load clean, as
// docs/extract.md promises ("the draft always checks clean").
bool extract_target(std::string_view bytes);

// The first byte picks the default zone; the rest goes through parse_time and parse_duration.
// A successful parse never yields empty bounds, a negative duration or an unformattable instant.
bool time_target(std::string_view bytes);

}  // namespace chronograph::fuzz
