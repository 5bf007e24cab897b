// emit_yaml → parse_document gives the Document back (values; ranges differ by nature).

#include <string>

#include <gtest/gtest.h>

#include "chronograph/emit.hpp"
#include "chronograph/timeml.hpp"
#include "emit/emit_test_documents.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

template <class T>
std::string value_of(const std::optional<Located<T>>& located) {
  return located ? located->value : "(none)";
}

std::string text_of(const LocalizedText& text) {
  return text.plain + "|" + text.ko + "|" + text.en;
}

// Every value of a Document as text, ranges left out.
std::string describe(const Document& d) {
  std::string out = "v" + std::to_string(d.format_version) + " " + text_of(d.title) + " " +
                    d.source.title + " " + d.source.url + " " + value_of(d.source.published) + " " +
                    d.source.language + " " + d.default_zone.value + "\n";
  auto join = [](const std::vector<std::string>& items) {
    std::string joined;
    for (const std::string& item : items) joined += item + ",";
    return joined;
  };
  for (const EntityDecl& e : d.entities)
    out += "entity " + e.id.value + " " + text_of(e.name) + " " + e.kind.value + " " + e.role +
           " " + value_of(e.affiliation) + " [" + join(e.tags) + "] " + e.note + "\n";
  for (const EventDecl& e : d.events) {
    out += "event " + e.id.value + " " + text_of(e.title) + " " + e.when.value + " " +
           value_of(e.end) + " " + value_of(e.duration) + " " + value_of(e.place) + " " +
           e.status.value + " [" + join(e.tags) + "] " + e.note;
    for (const ParticipantDecl& p : e.participants) out += " p:" + p.entity.value + "/" + p.role;
    if (e.source) out += " s:" + e.source->quote + "/" + e.source->where;
    out += "\n";
  }
  for (const RelationDecl& r : d.relations)
    out += "relation " + r.from.value + " " + r.type.value + " " + r.to.value + " " +
           value_of(r.gap) + " " + r.label + " " + r.origin + "\n";
  return out;
}

void expect_round_trip(const Document& document) {
  const std::string yaml = emit_yaml(document);
  const Result<Document> parsed = parse_document(yaml, "emitted.yaml");
  ASSERT_TRUE(parsed.ok()) << format_diagnostics(parsed.diagnostics, yaml) << yaml;
  EXPECT_EQ(describe(*parsed.value), describe(document)) << yaml;
}

TEST(EmitYamlRoundTrip, EveryFieldComesBack) {
  Document document = testing::full_document();
  document.path = "emitted.yaml";
  for (RelationDecl& relation : document.relations) relation.origin.clear();  // ORIGIN
  expect_round_trip(document);
}

TEST(EmitYamlRoundTrip, Te3PlatinumDocumentsComeBack) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  for (const auto& entry : std::filesystem::directory_iterator(shared / "data" / "te3-platinum")) {
    if (entry.path().extension() != ".tml") continue;
    Result<Document> imported =
        parse_timeml(testing::slurp(entry.path()), "emitted.yaml", {.anchor_timex = true});
    ASSERT_TRUE(imported.value.has_value());
    for (RelationDecl& relation : imported.value->relations) relation.origin.clear();  // ORIGIN
    expect_round_trip(*imported.value);
  }
}

}  // namespace
}  // namespace chronograph
