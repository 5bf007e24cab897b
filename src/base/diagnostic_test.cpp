// The caret line under a diagnostic lines up in a terminal: wide characters take two columns.

#include <gtest/gtest.h>

#include <string>

#include "base/unicode.hpp"
#include "chronograph/diagnostic.hpp"

namespace chronograph {
namespace {

Diagnostic at(int line, int column, int end_column) {
  return make_error({"f.yaml", {line, column}, {line, end_column}}, "bad");
}

TEST(FileName, RangesOfOneFileShareOneNameAndCompareAsText) {
  const std::string path = "/data/a-long-directory-name/events.json";
  const SourceRange a{path, {1, 1}, {1, 2}};
  const SourceRange b{std::string_view(path), {2, 1}, {2, 2}};
  EXPECT_EQ(&a.file.str(), &b.file.str());  // one copy of the path, however many ranges
  EXPECT_EQ(a.file, path);
  EXPECT_EQ(a.file, "/data/a-long-directory-name/events.json");
  EXPECT_FALSE(a.file == "other.json");
  EXPECT_TRUE(SourceRange{}.file.empty());
  EXPECT_EQ(sizeof(FileName), sizeof(void*));
}

TEST(DiagnosticCaret, HangulTakesTwoColumns) {
  // "도착" is six bytes, four columns; the error is at byte column 8 (after "title: ").
  const std::string source = "title: 도착 x\n";
  EXPECT_EQ(format_diagnostic(at(1, 15, 16), source),
            "f.yaml:1:15: error: bad\ntitle: 도착 x\n            ^\n");
  // A range over the Hangul itself is as wide as it is drawn.
  EXPECT_EQ(format_diagnostic(at(1, 8, 14), source),
            "f.yaml:1:8: error: bad\ntitle: 도착 x\n       ^~~~\n");
}

// For a terminal, as clang colours: bold location and message, red/yellow/cyan severity, green
// caret; the text between the escapes is the plain form's.
TEST(DiagnosticColor, SeveritiesLocationAndCaretAreColouredOnlyWhenAsked) {
  Diagnostic error = at(1, 1, 3);
  error.notes.push_back(make_note({"f.yaml", {1, 2}, {1, 2}}, "here"));
  const Diagnostic warning = make_warning({"f.yaml", {}, {}}, "odd");
  const std::string source = "abc\n";
  EXPECT_EQ(format_diagnostic(error, source, {.color = true}),
            "\x1b[1mf.yaml:1:1: \x1b[0m\x1b[1;31merror:\x1b[0m \x1b[1mbad\x1b[0m\n"
            "abc\n\x1b[1;32m^~\x1b[0m\n"
            "\x1b[1mf.yaml:1:2: \x1b[0m\x1b[1;36mnote:\x1b[0m \x1b[1mhere\x1b[0m\n"
            "abc\n \x1b[1;32m^\x1b[0m\n");
  EXPECT_EQ(format_diagnostics({warning}, "", {.color = true}),
            "\x1b[1mf.yaml: \x1b[0m\x1b[1;33mwarning:\x1b[0m \x1b[1modd\x1b[0m\n");
  EXPECT_EQ(format_diagnostic(error, source),
            "f.yaml:1:1: error: bad\nabc\n^~\nf.yaml:1:2: note: here\nabc\n ^\n");
}

TEST(DiagnosticCaret, FullWidthFormsAndCjkBeyondTheBasicPlaneAreWide) {
  // "ＡＢ" (U+FF21, U+FF22) and "𠀋" (U+2000B, four bytes) are wide; "ꓐ" (U+A4D0, Lisu) is not.
  const std::string source = "t: ＡＢ𠀋ꓐ x\n";
  // Bytes: "t: " 3, "ＡＢ" 6, "𠀋" 4, "ꓐ" 3, " " 1: x at byte column 18.
  EXPECT_EQ(
      format_diagnostic(at(1, 18, 19), source),
      "f.yaml:1:18: error: bad\nt: ＡＢ𠀋ꓐ x\n" + std::string(3 + 4 + 2 + 1 + 1, ' ') + "^\n");
}

// One call formats many diagnostics against one index of the source's lines: any order of lines,
// CRLF line ends, a last line without a line break, and a line past the end (no caret block).
TEST(DiagnosticCaret, ManyDiagnosticsOneSource) {
  const std::string source = "first\r\nsecond\nthird";
  const Diagnostics diagnostics = {at(3, 2, 3), at(1, 1, 6), at(2, 7, 8), at(9, 1, 2)};
  EXPECT_EQ(format_diagnostics(diagnostics, source),
            "f.yaml:3:2: error: bad\nthird\n ^\n"
            "f.yaml:1:1: error: bad\nfirst\n^~~~~\n"
            "f.yaml:2:7: error: bad\nsecond\n      ^\n"
            "f.yaml:9:1: error: bad\n");
}

TEST(DiagnosticCaret, InvalidBytesTakeOneColumnEach) {
  EXPECT_EQ(detail::display_width("a\xFF\xFE"
                                  "b"),
            4U);
  EXPECT_EQ(detail::display_width("\xED\x95"), 2U);  // a cut-off sequence: two stray bytes
}

}  // namespace
}  // namespace chronograph
