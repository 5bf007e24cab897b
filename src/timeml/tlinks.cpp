#include "timeml/tlinks.hpp"

#include <array>
#include <string>

#include <fmt/format.h>

#include "chronograph/graph.hpp"

namespace chronograph::detail {

namespace {

struct RelTypeName {
  std::string_view rel_type;
  std::string_view relation;
};

// The endpoint reading of each is in docs/timeml.md.
constexpr std::array rel_types{
    RelTypeName{"BEFORE", "before"},       RelTypeName{"AFTER", "after"},
    RelTypeName{"IBEFORE", "meets"},       RelTypeName{"IAFTER", "met-by"},
    RelTypeName{"INCLUDES", "includes"},   RelTypeName{"IS_INCLUDED", "is-included"},
    RelTypeName{"DURING", "is-included"},  RelTypeName{"DURING_INV", "includes"},
    RelTypeName{"SIMULTANEOUS", "equals"}, RelTypeName{"IDENTITY", "equals"},
    RelTypeName{"BEGINS", "starts"},       RelTypeName{"BEGUN_BY", "started-by"},
    RelTypeName{"ENDS", "finishes"},       RelTypeName{"ENDED_BY", "finished-by"},
};

enum class EndKind { instance, timex };

struct EndAttribute {
  const char* name;
  EndKind kind;
};

constexpr std::array source_attributes{EndAttribute{"eventInstanceID", EndKind::instance},
                                       EndAttribute{"timeID", EndKind::timex}};
constexpr std::array target_attributes{EndAttribute{"relatedToEventInstance", EndKind::instance},
                                       EndAttribute{"relatedToTime", EndKind::timex}};

std::string_view kind_name(EndKind kind) {
  return kind == EndKind::instance ? "MAKEINSTANCE" : "TIMEX3";
}

// One end of the TLINK: exactly one of the two attributes, naming an id that exists.
std::optional<Located<std::string>> read_end(const pugi::xml_node& tlink,
                                             const std::array<EndAttribute, 2>& attributes,
                                             std::string_view role, const TimemlIds& ids,
                                             const XmlPositions& positions,
                                             Diagnostics& diagnostics) {
  const pugi::xml_attribute first = tlink.attribute(attributes[0].name);
  const pugi::xml_attribute second = tlink.attribute(attributes[1].name);
  if (first && second) {
    diagnostics.push_back(make_error(
        positions.value(second), fmt::format("TLINK has both {} and {}; a {} is one or the other",
                                             attributes[0].name, attributes[1].name, role)));
    return std::nullopt;
  }
  if (!first && !second) {
    diagnostics.push_back(make_error(positions.start_tag(tlink),
                                     fmt::format("TLINK has no {} (neither {} nor {})", role,
                                                 attributes[0].name, attributes[1].name)));
    return std::nullopt;
  }
  const pugi::xml_attribute attribute = first ? first : second;
  const EndKind wanted = first ? attributes[0].kind : attributes[1].kind;
  const std::string_view id = attribute.value();
  const SourceRange range = positions.value_or_tag(tlink, attribute.name());
  const auto& same = wanted == EndKind::instance ? ids.instances : ids.timexes;
  const auto& other = wanted == EndKind::instance ? ids.timexes : ids.instances;
  if (same.contains(id)) return Located<std::string>{ids.chronograph_id(id), range};
  if (const auto found = other.find(id); found != other.end()) {
    // The id exists, only under the other attribute name: link it, but say so.
    const EndKind actual = wanted == EndKind::instance ? EndKind::timex : EndKind::instance;
    Diagnostic warning =
        make_warning(range, fmt::format("{} names '{}', which is a {}, not a {}", attribute.name(),
                                        id, kind_name(actual), kind_name(wanted)));
    warning.notes.push_back(
        make_note(positions.start_tag(found->second), fmt::format("'{}' is defined here", id)));
    diagnostics.push_back(std::move(warning));
    return Located<std::string>{ids.chronograph_id(id), range};
  }
  Diagnostic error =
      make_error(range, fmt::format("TLINK {} '{}' names no {}", role, id, kind_name(wanted)));
  if (wanted == EndKind::instance) {
    if (const auto event = ids.events.find(id); event != ids.events.end())
      error.notes.push_back(
          make_note(positions.start_tag(event->second),
                    fmt::format("'{}' is an EVENT; TLINKs name its MAKEINSTANCE's eiid", id)));
  }
  diagnostics.push_back(std::move(error));
  return std::nullopt;
}

// The relation types TimeML export writes: those the reason stage reads.
bool reads_time(std::string_view name) {
  const std::optional<RelationType> type = relation_type_from_string(name);
  return type &&
         (is_temporal(*type) || *type == RelationType::part_of || *type == RelationType::causes);
}

}  // namespace

std::optional<std::string_view> relation_for_rel_type(std::string_view rel_type) {
  for (const RelTypeName& entry : rel_types)
    if (entry.rel_type == rel_type) return entry.relation;
  return std::nullopt;
}

std::optional<std::string_view> rel_type_for_relation(std::string_view relation) {
  for (const RelTypeName& entry : rel_types)
    if (entry.relation == relation) return entry.rel_type;
  return std::nullopt;
}

std::optional<RelationDecl> read_tlink(const pugi::xml_node& tlink, const TimemlIds& ids,
                                       const XmlPositions& positions,
                                       const timeml::OwnAttributes& own, Diagnostics& diagnostics) {
  RelationDecl relation;
  relation.range = positions.start_tag(tlink);
  relation.origin = tlink.attribute("lid").value();

  const pugi::xml_attribute rel_type = tlink.attribute("relType");
  if (const pugi::xml_attribute type = own.get(tlink, timeml::type_name)) {
    relation.type = {type.value(), positions.value(type)};
    if (!reads_time(type.value())) {
      diagnostics.push_back(make_error(
          positions.value(type),
          fmt::format("{} '{}' is not a relation about time (before, during, part-of, causes, …)",
                      own.name(timeml::type_name), type.value())));
      relation.type.value.clear();
    }
  } else if (!rel_type) {
    diagnostics.push_back(make_error(relation.range, "TLINK has no relType"));
  } else if (const auto type = relation_for_rel_type(rel_type.value())) {
    relation.type = {std::string(*type), positions.value_or_tag(tlink, "relType")};
  } else {
    diagnostics.push_back(make_error(
        positions.value_or_tag(tlink, "relType"),
        fmt::format("unknown TLINK relType '{}' (TimeML 1.2.1 has BEFORE, AFTER, IBEFORE, IAFTER, "
                    "INCLUDES, IS_INCLUDED, DURING, DURING_INV, SIMULTANEOUS, IDENTITY, BEGINS, "
                    "BEGUN_BY, ENDS, ENDED_BY)",
                    rel_type.value())));
  }
  if (const pugi::xml_attribute gap = own.get(tlink, timeml::gap_name))
    relation.gap = Located<std::string>{gap.value(), positions.value(gap)};
  auto from = read_end(tlink, source_attributes, "source", ids, positions, diagnostics);
  auto to = read_end(tlink, target_attributes, "target", ids, positions, diagnostics);
  if (!from || !to || relation.type.value.empty()) return std::nullopt;
  relation.from = std::move(*from);
  relation.to = std::move(*to);
  return relation;
}

}  // namespace chronograph::detail
