#pragma once
// Internal to the model stage: the written relations of a data file, as a stream keeps them from
// their reading until every id is known and they can be checked. A RelationDecl is 320 bytes (five
// strings and four ranges, most of them empty in data); a record is 84, its two ids in one shared
// buffer. At 1M events (1.8M relations) that is 180 MB instead of 575 (docs/performance.md).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"

namespace chronograph::detail {

class RelationRecords {
 public:
  void reserve(std::size_t count);
  void add(RelationDecl&& relation);
  [[nodiscard]] std::size_t size() const { return records_.size(); }
  // The relation as it was added.
  [[nodiscard]] RelationDecl operator[](std::size_t k) const;

 private:
  struct Span {
    SourcePosition begin;
    SourcePosition end;
  };
  // A relation of two ids and a type, nothing else: the usual one of a data file. The others
  // (label, gap, origin, an id of 64 KiB or a type not spelt as its name) are kept whole.
  struct Record {
    std::uint32_t from = 0;  // in ids_
    std::uint32_t to = 0;
    std::uint16_t from_size = 0;
    std::uint16_t to_size = 0;
    std::uint32_t whole = no_whole;  // in whole_
    RelationType type = RelationType::label;
    Span from_range, to_range, type_range, range;
  };
  static constexpr std::uint32_t no_whole = UINT32_MAX;

  [[nodiscard]] bool fits(const RelationDecl& relation) const;
  std::uint32_t keep(const std::string& id);
  [[nodiscard]] SourceRange range_of(const Span& span) const {
    return {*file_, span.begin, span.end};
  }

  std::vector<Record> records_;
  std::string ids_;
  std::vector<RelationDecl> whole_;
  std::optional<FileName> file_;  // of every compact record's ranges
};

}  // namespace chronograph::detail
