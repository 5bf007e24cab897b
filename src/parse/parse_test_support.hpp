#pragma once
// Test-only: readable gtest output for source positions and ranges.

#include <ostream>

#include "chronograph/diagnostic.hpp"

namespace chronograph {

inline void PrintTo(const SourcePosition& p, std::ostream* out) {
  *out << p.line << ':' << p.column;
}

inline void PrintTo(const SourceRange& r, std::ostream* out) {
  *out << r.file << ':' << r.begin.line << ':' << r.begin.column << '-' << r.end.line << ':'
       << r.end.column;
}

}  // namespace chronograph
