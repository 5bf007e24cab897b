// CSV in another layout, read through a column mapping (--map, or a mapping file).

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string shown(const Diagnostics& diagnostics, const std::string& text) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) {
    const std::string all = format_diagnostic(diagnostic, text);
    out += all.substr(0, all.find('\n')) + '\n';
  }
  return out;
}

CsvMapping map(const std::string& spec) {
  Result<CsvMapping> mapping = parse_csv_map(spec, "--map");
  EXPECT_TRUE(mapping.ok()) << shown(mapping.diagnostics, spec);
  return mapping.value.value_or(CsvMapping{});
}

TEST(CsvMap, ReadsTargetsAndColumns) {
  const CsvMapping mapping =
      map(" start = event_date , title=notes,participants=actor1; actor2,participant_kind=person");
  ASSERT_EQ(mapping.columns.size(), 3U);
  EXPECT_EQ(mapping.columns[0].target, "start");
  EXPECT_EQ(mapping.columns[0].sources[0].value, "event_date");
  EXPECT_EQ(mapping.columns[0].sources[0].range.begin, (SourcePosition{1, 10}));
  ASSERT_EQ(mapping.columns[2].sources.size(), 2U);
  EXPECT_EQ(mapping.columns[2].sources[1].value, "actor2");
  EXPECT_EQ(mapping.participant_kind, "person");
}

TEST(CsvMap, SpecErrorsArePositionedInTheSpec) {
  const auto errors = [](const std::string& spec) {
    return shown(parse_csv_map(spec, "--map").diagnostics, spec);
  };
  EXPECT_EQ(errors("strat=event_date"),
            "--map:1:1: error: unknown target column 'strat'; did you mean 'start'?\n");
  EXPECT_EQ(errors("start=a;b"),
            "--map:1:9: error: 'start' takes one column; only participants, tags or note take "
            "several\n");
  EXPECT_EQ(errors("title=notes"),
            "--map:1:1: error: the mapping names no column for 'start': every event needs a "
            "time\n");
  EXPECT_EQ(errors("start=d,event_date"),
            "--map:1:9: error: 'event_date' maps nothing; write target=column, e.g. "
            "start=event_date\n");
  EXPECT_EQ(errors("start=d,start=e"), "--map:1:9: error: 'start' is mapped twice\n");
  EXPECT_EQ(errors("start=d,participant_kind=people"),
            "--map:1:26: error: participant_kind is one of person, organization or other, not "
            "'people'\n");
}

TEST(CsvMap, MappingFile) {
  const std::string file =
      "# ACLED → chronograph\nstart: event_date\nparticipants: [actor1, \"actor, 2\"]\n"
      "strat: x\n";
  const Result<CsvMapping> mapping = parse_csv_map_file(file, "m.yaml");
  EXPECT_EQ(shown(mapping.diagnostics, file),
            "m.yaml:4:1: error: unknown target column 'strat'; did you mean 'start'?\n");
  const std::string good = "start: event_date\nparticipants: [actor1, \"actor, 2\"]\n";
  const Result<CsvMapping> read = parse_csv_map_file(good, "m.yaml");
  ASSERT_TRUE(read.ok()) << shown(read.diagnostics, good);
  EXPECT_EQ(read.value->columns[1].sources[1].value, "actor, 2");
  EXPECT_EQ(read.value->columns[1].sources[1].range.begin, (SourcePosition{2, 25}));
  EXPECT_FALSE(parse_csv_map_file("[a, b]\n", "m.yaml").ok());
  EXPECT_FALSE(parse_csv_map_file("start: [a\n", "m.yaml").ok());
}

// Our own sample in ACLED's 31-column layout (events invented), read with the mapping file
// beside it, as docs/formats.md shows.
TEST(CsvMap, ReadsTheAcledStyleSample) {
  const auto dir = testing::source_dir() / "src/csv/testdata";
  const std::string spec = testing::slurp(dir / "protests-acled-style.map.yaml");
  const Result<CsvMapping> mapping = parse_csv_map_file(spec, "protests-acled-style.map.yaml");
  ASSERT_TRUE(mapping.ok()) << shown(mapping.diagnostics, spec);
  const std::string text = testing::slurp(dir / "protests-acled-style.csv");
  LoadOptions options;
  options.csv_map = *mapping.value;
  const Loaded loaded = load(text, "protests.csv", options);
  ASSERT_TRUE(loaded.clean()) << shown(loaded.diagnostics, text);
  const Result<Document> read = parse_csv(text, "protests.csv", *mapping.value);
  ASSERT_TRUE(read.ok());
  const Document& document = *read.value;
  ASSERT_EQ(document.events.size(), 5U);
  const EventDecl& second = document.events[1];
  EXPECT_EQ(second.id.value, "XKR1002");
  EXPECT_EQ(second.when.value, "2025-03-05");
  EXPECT_EQ(second.when.range.begin, (SourcePosition{3, 9}));
  EXPECT_EQ(second.title.plain, "Protest with intervention");
  ASSERT_EQ(second.participants.size(), 3U);
  EXPECT_EQ(second.participants[2].entity.value, "police-forces-of-harbourland");
  EXPECT_EQ(second.note,
            "Police removed a blockade at gate 4.\nTwo organisers were briefly detained.");
  ASSERT_TRUE(second.place);
  EXPECT_EQ(second.place->value, "port-vell");
  // The row after the quoted line break: its positions are the file's.
  EXPECT_EQ(document.events[2].when.range.begin, (SourcePosition{5, 9}));
  // One entity per distinct name, named as the cell says, ids transliterated.
  ASSERT_EQ(document.entities.size(), 8U);
  EXPECT_EQ(document.entities[0].id.value, "protesters-harbourland");
  EXPECT_EQ(document.entities[0].name.plain, "Protesters (Harbourland)");
  EXPECT_EQ(document.entities[0].kind.value, "organization");
  EXPECT_EQ(document.entities[3].kind.value, "place");
  EXPECT_EQ(document.entities[7].id.value, "hangmannodongjayeondae");
  EXPECT_EQ(document.entities[7].name.plain, "항만노동자연대");
}

TEST(CsvMap, DataErrorsArePositionedInTheFile) {
  const CsvMapping mapping = map("start=event_date,participants=actor1");
  const auto first_error = [&](const std::string& text) {
    LoadOptions options;
    options.csv_map = mapping;
    const Loaded loaded = load(text, "d.csv", options);
    for (const Diagnostic& diagnostic : loaded.diagnostics)
      if (diagnostic.severity == Severity::error) {
        const std::string all = format_diagnostic(diagnostic, text);
        return all.substr(0, all.find('\n'));
      }
    return std::string("none");
  };
  EXPECT_EQ(first_error("event_dat,actor1\n2024-01-01,A\n"),
            "d.csv:1:1: error: missing column 'event_date': the mapping reads 'start' from it, "
            "and the header has no such column; did you mean 'event_dat'?");
  EXPECT_EQ(first_error("event_date,actor1,other\n2024-01-01,A\n"),
            "d.csv:2:12: error: row 2 has 2 fields, the header 3; every row needs one field per "
            "column (quote a field that holds a comma)");
  EXPECT_EQ(first_error("other,event_date,actor1\n\"two\nlines\",2024-02-30,A\n"),
            "d.csv:3:16: error: day 30 does not exist in February 2024");
  EXPECT_EQ(first_error("event_date,actor1\n2024-01-01,\"A\n"),
            "d.csv:2:12: error: this quoted field is never closed (a double quote is missing)");
  // The data's own ids are event ids, and one the YAML export would refuse says how to do without.
  {
    LoadOptions options;
    options.csv_map = map("id=key,start=event_date");
    const std::string text = "key,event_date\nKOR 1,2024-01-01\n";
    const Loaded loaded = load(text, "d.csv", options);
    ASSERT_EQ(loaded.diagnostics.size(), 1U);
    EXPECT_EQ(shown(loaded.diagnostics, text),
              "d.csv:2:1: error: invalid event id 'KOR 1': an id starts with a letter or digit "
              "and holds only letters, digits, '_', '.' and '-'\n");
    ASSERT_EQ(loaded.diagnostics[0].notes.size(), 1U);
    EXPECT_EQ(loaded.diagnostics[0].notes[0].message,
              "leave 'id' out of the mapping and each row is named row-N");
  }
  // Unmapped columns are not read: no value in them is an error (the CSV syntax still is).
  EXPECT_EQ(first_error("event_date,actor1,status\n2024-01-01,A,planed\n"), "none");
}

TEST(CsvMap, MissingColumnNotesWhereTheMappingSaysIt) {
  const Result<Document> read = parse_csv("a,b\n1,2\n", "d.csv", map("start=event_date"));
  ASSERT_EQ(read.diagnostics.size(), 1U);
  ASSERT_EQ(read.diagnostics[0].notes.size(), 1U);
  EXPECT_EQ(read.diagnostics[0].notes[0].range.file, "--map");
  EXPECT_EQ(read.diagnostics[0].notes[0].range.begin, (SourcePosition{1, 7}));
}

}  // namespace
}  // namespace chronograph
