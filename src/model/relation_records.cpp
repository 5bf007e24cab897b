#include "model/relation_records.hpp"

#include <limits>
#include <utility>

namespace chronograph::detail {

namespace {

constexpr std::size_t id_limit = std::numeric_limits<std::uint16_t>::max();
// A data file's ids are short: this guess saves the buffer's regrowing, not its exactness.
constexpr std::size_t guessed_id_bytes = 16;

}  // namespace

void RelationRecords::reserve(std::size_t count) {
  records_.reserve(records_.size() + count);
  ids_.reserve(ids_.size() + count * guessed_id_bytes);
}

bool RelationRecords::fits(const RelationDecl& relation) const {
  if (relation.gap || !relation.label.empty() || !relation.origin.empty()) return false;
  if (relation.from.value.size() > id_limit || relation.to.value.size() > id_limit) return false;
  if (ids_.size() + relation.from.value.size() + relation.to.value.size() >
      std::numeric_limits<std::uint32_t>::max())
    return false;
  const auto type = relation_type_from_string(relation.type.value);
  if (!type || to_string(*type) != relation.type.value) return false;
  const FileName file = file_.value_or(relation.range.file);
  for (const SourceRange* range :
       {&relation.from.range, &relation.to.range, &relation.type.range, &relation.range})
    if (!(range->file == file)) return false;
  return true;
}

std::uint32_t RelationRecords::keep(const std::string& id) {
  const auto at = static_cast<std::uint32_t>(ids_.size());
  ids_ += id;
  return at;
}

void RelationRecords::add(RelationDecl&& relation) {
  Record record;
  if (!fits(relation)) {
    record.whole = static_cast<std::uint32_t>(whole_.size());
    whole_.push_back(std::move(relation));
    records_.push_back(record);
    return;
  }
  if (!file_) file_ = relation.range.file;
  record.from = keep(relation.from.value);
  record.to = keep(relation.to.value);
  record.from_size = static_cast<std::uint16_t>(relation.from.value.size());
  record.to_size = static_cast<std::uint16_t>(relation.to.value.size());
  record.type = *relation_type_from_string(relation.type.value);
  record.from_range = {relation.from.range.begin, relation.from.range.end};
  record.to_range = {relation.to.range.begin, relation.to.range.end};
  record.type_range = {relation.type.range.begin, relation.type.range.end};
  record.range = {relation.range.begin, relation.range.end};
  records_.push_back(record);
}

RelationDecl RelationRecords::operator[](std::size_t k) const {
  const Record& record = records_[k];
  if (record.whole != no_whole) return whole_[record.whole];
  RelationDecl relation;
  relation.from = {ids_.substr(record.from, record.from_size), range_of(record.from_range)};
  relation.to = {ids_.substr(record.to, record.to_size), range_of(record.to_range)};
  relation.type = {std::string(to_string(record.type)), range_of(record.type_range)};
  relation.range = range_of(record.range);
  return relation;
}

}  // namespace chronograph::detail
