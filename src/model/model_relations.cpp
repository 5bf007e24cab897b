// Model stage: the written relations, checked into small records once every id is known, and the
// relations each event and entity field implies.

#include <cstdint>
#include <future>
#include <iterator>
#include <utility>

#include <fmt/format.h>

#include "base/background.hpp"
#include "base/populate.hpp"
#include "chronograph/adapters/boost_graph.hpp"
#include "chronograph/limits.hpp"
#include "model/model_builder.hpp"

namespace chronograph::detail {

// Every check and message of a written relation, in file order, before any is added: the
// graph then knows each node's number of relations and stores them without regrowing.
// `gap`: the written gap, read once here, when it reads.
ModelBuilder::Ends ModelBuilder::check_relation(const RelationDecl& decl, Diagnostics& diagnostics,
                                                IdTable::Suggestions& suggestions,
                                                std::optional<DurationSpec>& gap) const {
  const auto type = relation_type_from_string(decl.type.value);
  if (!type) return {};  // the parse stage already reported it
  const auto from = ids_.resolve(decl.from, diagnostics, suggestions);
  const auto to = ids_.resolve(decl.to, diagnostics, suggestions);
  if (!from || !to) return {};
  if (is_temporal(*type) || *type == RelationType::part_of) {
    for (const auto* end : {&decl.from, &decl.to}) {
      const NodeId node = end == &decl.from ? *from : *to;
      if (ids_.kind_of(node) != NodeKind::event) {
        diagnostics.push_back(make_error(
            end->range,
            fmt::format("'{}' relates events; '{}' is an entity", decl.type.value, end->value)));
        return {};
      }
    }
  }
  if (decl.gap) {
    TimeParse<DurationSpec> parsed = parse_duration(decl.gap->value);
    if (parsed.error) diagnostics.push_back(error_inside(*decl.gap, *parsed.error));
    gap = std::move(parsed.value);
  }
  return {*from, *to, *type, true};
}

template <class Relations>
void ModelBuilder::check_relations(const Relations& relations, std::size_t begin, std::size_t end,
                                   std::span<Written> written, Diagnostics& diagnostics,
                                   IdTable::Suggestions& suggestions) const {
  for (std::size_t k = begin; k < end; ++k) {
    // A record is made back into its declaration, one at a time (model/relation_records.hpp).
    const RelationDecl& decl = relations[k];
    std::optional<DurationSpec> gap;
    Written& relation = written[k - begin];
    relation = {check_relation(decl, diagnostics, suggestions, gap), decl.range, nullptr};
    if (relation.ends.usable && (!decl.label.empty() || !decl.origin.empty() || decl.gap)) {
      RelationText text{decl.label, std::nullopt, decl.origin};
      text.gap = std::move(gap);
      relation.text = std::make_shared<const RelationText>(std::move(text));
    }
  }
}

template void ModelBuilder::check_relations(const std::vector<RelationDecl>&, std::size_t,
                                            std::size_t, std::span<Written>, Diagnostics&,
                                            IdTable::Suggestions&) const;

Diagnostics ModelBuilder::check_relations_in_halves(const RelationRecords& relations,
                                                    const std::function<void()>& meanwhile) {
  const std::size_t all = relations.size();
  const std::size_t half = all / 2;
  // The later half counts no suggestions of its own: it notes its unknown ids, and those the
  // first half left room for get theirs below, as one thread going through both would give.
  written_.resize(all);
  const std::span<Written> out(written_);
  Diagnostics later_diagnostics;
  std::vector<std::pair<std::size_t, std::string>> unsuggested;
  IdTable::Suggestions later_suggestions{limits::max_id_suggestions, &unsuggested};
  std::future<void> checked = in_background([&] {
    check_relations(relations, half, all, out.subspan(half), later_diagnostics, later_suggestions);
  });
  meanwhile();
  Diagnostics diagnostics;
  IdTable::Suggestions suggestions;
  check_relations(relations, 0, half, out.first(half), diagnostics, suggestions);
  checked.get();
  for (std::size_t k = 0;
       k < unsuggested.size() && suggestions.looked_for + k < limits::max_id_suggestions; ++k)
    ids_.suggest(later_diagnostics[unsuggested[k].first], unsuggested[k].second);
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(later_diagnostics.begin()),
                     std::make_move_iterator(later_diagnostics.end()));
  return diagnostics;
}

void ModelBuilder::add_relations() {
  reserve_relations();
  const std::future<void> populating =
      populate_in_background({room_of(graph_.storage().graph.m_edges)});
  for (Written& written : written_) {
    if (!written.ends.usable) continue;
    Relation relation{written.ends.from, written.ends.to, written.ends.type};
    relation.range = written.range;
    relation.text = std::move(written.text);
    graph_.add_relation(std::move(relation));
  }
  std::vector<Written>().swap(written_);
}

// Each node's written relations out and in (those its fields imply are derived, not stored).
void ModelBuilder::reserve_relations() {
  std::vector<std::uint32_t> out(graph_.node_count(), 0);
  std::vector<std::uint32_t> in(graph_.node_count(), 0);
  for (const Written& written : written_) {
    if (!written.ends.usable) continue;
    ++out[written.ends.from];
    ++in[written.ends.to];
  }
  for (NodeId node = 0; node < out.size(); ++node)
    graph_.reserve_relations(node, out[node], in[node]);
}

}  // namespace chronograph::detail
