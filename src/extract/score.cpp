#include "extract/score.hpp"

#include <pugixml.hpp>

namespace chronograph::extract_stage {

namespace {

void strip(const pugi::xml_node& node, GoldDocument& doc) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      doc.text += child.value();
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const bool timex = std::string_view(child.name()) == "TIMEX3";
    const std::size_t begin = doc.text.size();
    strip(child, doc);
    if (timex) doc.timexes.push_back({begin, doc.text.size(), child.attribute("value").value()});
  }
}

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 0.0 : double(a) / double(b);
}
double f1(double p, double r) {
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace

std::optional<GoldDocument> read_gold(std::string_view tml) {
  pugi::xml_document xml;
  if (!xml.load_buffer(tml.data(), tml.size(), pugi::parse_default | pugi::parse_ws_pcdata))
    return std::nullopt;
  const pugi::xml_node root = xml.child("TimeML");
  const pugi::xml_node text = root.child("TEXT");
  if (!text) return std::nullopt;
  GoldDocument doc;
  for (const pugi::xml_node& timex : root.child("DCT").children("TIMEX3"))
    doc.dct = timex.attribute("value").value();
  strip(text, doc);
  return doc;
}

Counts& Counts::operator+=(const Counts& other) {
  gold += other.gold;
  system += other.system;
  strict += other.strict;
  relaxed += other.relaxed;
  value += other.value;
  return *this;
}

Counts score(const std::vector<GoldTimex>& gold, const std::vector<Timex>& system) {
  Counts counts{gold.size(), system.size(), 0, 0, 0};
  std::vector<bool> used(system.size(), false);
  for (const GoldTimex& g : gold) {
    // The strict partner first, so that an exact match is never lost to a mere overlap.
    std::optional<std::size_t> partner;
    for (std::size_t i = 0; i < system.size() && !partner; ++i)
      if (!used[i] && system[i].begin == g.begin && system[i].end == g.end) partner = i;
    for (std::size_t i = 0; i < system.size() && !partner; ++i)
      if (!used[i] && system[i].begin < g.end && g.begin < system[i].end) partner = i;
    if (!partner) continue;
    used[*partner] = true;
    const Timex& s = system[*partner];
    ++counts.relaxed;
    if (s.begin == g.begin && s.end == g.end) ++counts.strict;
    if (s.value == g.value) ++counts.value;
  }
  return counts;
}

Scores scores(const Counts& c) {
  Scores s{};
  s.strict_precision = ratio(c.strict, c.system);
  s.strict_recall = ratio(c.strict, c.gold);
  s.strict_f1 = f1(s.strict_precision, s.strict_recall);
  s.relaxed_precision = ratio(c.relaxed, c.system);
  s.relaxed_recall = ratio(c.relaxed, c.gold);
  s.relaxed_f1 = f1(s.relaxed_precision, s.relaxed_recall);
  s.value_accuracy = ratio(c.value, c.relaxed);
  s.value_f1 = s.value_accuracy * s.relaxed_f1;
  return s;
}

}  // namespace chronograph::extract_stage
