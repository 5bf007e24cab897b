#include "json/json_split.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "chronograph/chronograph.hpp"

namespace chronograph::detail::json {
namespace {

constexpr std::array<std::string_view, 3> names{"events", "entities", "relations"};

// Each split section as `name: entry | entry`.
std::string split(std::string_view text) {
  const auto sections = split_sections(text, names);
  if (!sections) return "(read whole)";
  std::string out;
  for (const SplitSection& section : *sections) {
    out += std::string(section.name) + ":";
    EXPECT_EQ(text[section.open], '[');
    EXPECT_EQ(text[section.close], ']');
    for (const SplitSection::Entry& entry : section.entries)
      out += " " + std::string(text.substr(entry.begin, entry.end - entry.begin)) + " |";
    out += "\n";
  }
  return out;
}

TEST(JsonSplit, FindsEachEntryOfTheBigSections) {
  EXPECT_EQ(split(R"( {"chronograph": 1, "title": {"a": [1, 2]},
    "events": [ {"id": "a"} ,
      {"id": "b", "p": ["x", "y"]}
    ],
    "relations": [], "entities": [{"id": "e"}]} )"),
            "events: {\"id\": \"a\"} | {\"id\": \"b\", \"p\": [\"x\", \"y\"]} |\n"
            "relations:\n"
            "entities: {\"id\": \"e\"} |\n");
}

TEST(JsonSplit, StringsHoldBracketsCommasAndEscapedQuotes) {
  EXPECT_EQ(split(R"({"events": [{"t": "], {\"x\": [", "u": "\\"}, {"t": "}"}]})"),
            R"(events: {"t": "], {\"x\": [", "u": "\\"} | {"t": "}"} |)"
            "\n");
}

TEST(JsonSplit, OnlyTheFirstValueOfANameAndOnlyArraysOfObjects) {
  // A repeated key is reported by the reader and its value only checked: not split.
  EXPECT_EQ(split(R"({"events": [{"id": "a"}], "events": [{"id": "b"}]})"),
            "events: {\"id\": \"a\"} |\n");
  EXPECT_EQ(split(R"({"events": null, "events": [{"id": "b"}]})"), "");
  // simdjson reads a scalar only as a whole document: such a section is read with the file.
  EXPECT_EQ(split(R"({"events": [{"id": "a"}, 5]})"), "");
  // A key written with an escape is another spelling: read with the file.
  EXPECT_EQ(split(R"({"ev\u0065nts": [{"id": "a"}]})"), "");
}

TEST(JsonSplit, WhatIsNotAWellFormedObjectIsReadWhole) {
  for (const char* text : {R"([{"id": "a"}])", R"({"events": [{"id": "a"} {"id": "b"}]})",
                           R"({"events": [{"id": "a"}, ]})", R"({"events": [{"id": "a}]})",
                           R"({"events": [{"id": "a"}]} x)", R"({"events" [{"id": "a"}]})",
                           R"({"events": [{"id": "a"}])", R"({"a": 1 "b": 2})",
                           R"({"events": [{"id": "a\)", R"({"events": [{"id": "a\"}]})", ""})
    EXPECT_EQ(split(text), "(read whole)") << text;
}

// What the reader makes of split entries is what it made of the whole file: positions are the
// file's, in an entry read in place and in the last ones, which are copied for simdjson's padding.
TEST(JsonSplit, EntriesReadOneByOneArePositionedInTheFile) {
  const std::string text =
      "{\"chronograph\": 1, \"events\": [{\"id\": \"a\", \"title\": \"A\", \"when\": "
      "\"2024-01-01\"},\n {\"id\": \"b\", \"title\": \"B\", \"when\": \"2024-13-01\"}],\n"
      " \"relations\": [{\"from\": \"a\", \"to\": \"zz\", \"type\": \"before\"}]}";
  const Loaded loaded = load(text, "e.json");
  std::string shown;
  for (const Diagnostic& diagnostic : loaded.diagnostics)
    shown += format_diagnostic(diagnostic, "");
  EXPECT_EQ(shown,
            "e.json:2:42: error: month must be 01–12\n"
            "e.json:3:37: error: unknown id 'zz'\n");
}

}  // namespace
}  // namespace chronograph::detail::json
