#include "json/json_syntax.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "chronograph/json.hpp"

namespace chronograph::detail {
namespace {

TEST(JsonSyntax, NumberGrammar) {
  for (const char* good : {"0", "-0", "1", "-12", "1.5", "0.25", "1e5", "1E+5", "2.5e-300",
                           "123456789012345678901234567890", "1e99999"})
    EXPECT_TRUE(is_json_number(good)) << good;
  for (const char* bad :
       {"", "-", "01", "+1", ".5", "1.", "1e", "1e+", "0x1", "1.5.2", "--1", "Infinity", "1 "})
    EXPECT_FALSE(is_json_number(bad)) << bad;
}

TEST(JsonSyntax, AcceptsJson) {
  for (const char* good :
       {"{}", "[]", " {\"a\": [1, -2.5e3, true, false, null, \"x\\\"\\u00e9\\ud83d\\ude00\"]} ",
        "\"text\"", "0", "{\"a\": {\"b\": {}}}", "[[], [[]], {}]"})
    EXPECT_FALSE(find_json_syntax_error(good)) << good;
  const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  EXPECT_FALSE(find_json_syntax_error(deep));
}

TEST(JsonSyntax, NamesTheFirstProblem) {
  const auto at = [](std::string_view text) {
    const auto problem = find_json_syntax_error(text);
    return problem ? std::to_string(problem->offset) + " " + problem->message : "none";
  };
  EXPECT_EQ(at(""), "0 invalid JSON: the file holds no JSON value");
  EXPECT_EQ(at("{\"a\": 1}\n\n"), "none");
  EXPECT_EQ(at("{\"a\": 1,\n"), "8 invalid JSON: the file ends inside an object; '}' is missing");
  EXPECT_EQ(at("[1 2]"),
            "3 invalid JSON: expected ',' or ']' after a value in an array, found a "
            "number");
  EXPECT_EQ(at("{\"a\": }"), "6 invalid JSON: expected a value, found '}'");
  EXPECT_EQ(at("[\"a\\"), "1 invalid JSON: this string is never closed");
  EXPECT_EQ(at("[\"a\\\""), "1 invalid JSON: this string is never closed");
  EXPECT_EQ(at("[\"caf\xE9\"]"), "5 invalid JSON: invalid UTF-8 byte 0xe9 in a string");
  EXPECT_EQ(at("[\"\\\xE9\"]"), "3 invalid JSON: invalid UTF-8 byte 0xe9 in a string");
  EXPECT_EQ(at("[\"\\\xC3\xA9\"]"),
            "2 invalid JSON: unknown escape '\\é' in a string (escapes: \\\" \\\\ \\/ \\b \\f "
            "\\n \\r \\t \\uXXXX)");
  EXPECT_EQ(at("[\xE9]"), "1 invalid JSON: expected a value, found byte 0xe9");
  EXPECT_EQ(at("[\"\x01\"]"),
            "2 invalid JSON: control character 0x01 inside a string; write it as \\u0001");
  EXPECT_EQ(at("[\"\\udc00\"]"),
            "2 invalid JSON: '\\udc00' is half of a UTF-16 surrogate pair, without the other half");
  EXPECT_EQ(at("[é]"), "1 invalid JSON: expected a value, found 'é'");
  EXPECT_EQ(at("[\x7f]"), "1 invalid JSON: expected a value, found byte 0x7f");
  EXPECT_EQ(at("{} x"), "3 invalid JSON: text after the end of the JSON value, found 'x'");
}

// A byte changed, removed or doubled somewhere in a good file: parse_json (simdjson) and the
// syntax check must agree on whether the result is JSON, since the check is what explains
// simdjson's refusals. A change inside 방한 can leave bytes that are not UTF-8, which parse_json
// reports before JSON is read ("invalid UTF-8 byte …") and simdjson refuses too. Deterministic:
// a fixed seed.
TEST(JsonSyntax, AgreesWithSimdjsonOnMutatedFiles) {
  const std::string good =
      R"({"chronograph": 1, "title": {"ko": "방한", "en": "Visit"}, "zone": "Asia/Seoul",)"
      R"( "events": [{"id": "a", "title": "A \"q\" \u00e9", "when": "2024-01-26", "tags": [],)"
      R"( "x": [1, -2.5e3, true, false, null, {"y": {}}]}], "relations": []})";
  ASSERT_TRUE(parse_json(good, "m.json").ok());
  const std::string alphabet = "{}[]:,\"\\ 0123456789-+.eEtrufalsn\x01";
  std::mt19937 random(20260101);
  int disagreements = 0;
  int rejected = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = good;
    const std::size_t at = random() % text.size();
    switch (random() % 3) {
      case 0:
        text[at] = alphabet[random() % alphabet.size()];
        break;
      case 1:
        text.erase(at, 1);
        break;
      default:
        text.insert(at, 1, text[at]);
    }
    const Result<Document> read = parse_json(text, "m.json");
    bool says_invalid = false;
    for (const Diagnostic& diagnostic : read.diagnostics)
      says_invalid = says_invalid || diagnostic.message.starts_with("invalid JSON") ||
                     diagnostic.message.starts_with("invalid UTF-8");
    const bool is_invalid = find_json_syntax_error(text).has_value();
    rejected += is_invalid ? 1 : 0;
    if (says_invalid != is_invalid) {
      ++disagreements;
      ADD_FAILURE() << (is_invalid ? "accepted by parse_json: " : "refused by parse_json: ")
                    << text;
    }
    if (disagreements > 5) break;
  }
  EXPECT_GT(rejected, 1000);  // the mutations do break the syntax
}

}  // namespace
}  // namespace chronograph::detail
