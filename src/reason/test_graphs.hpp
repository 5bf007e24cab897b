#pragma once
// Test helper: small hand-built event graphs with stable fake source ranges.

#include <chrono>
#include <optional>
#include <string>

#include "chronograph/graph.hpp"

namespace chronograph::testing {

inline constexpr const char* fake_file = "graphs/test.yaml";

// UTC seconds of a calendar time (the caller converts local times itself).
inline Seconds utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                   int second = 0) {
  using namespace std::chrono;
  const sys_days date{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
  return date.time_since_epoch().count() * Seconds{86400} + hour * 3600 + minute * 60 + second;
}

inline SourceRange at_line(int line, int column, int length) {
  return {fake_file, {line, column}, {line, column + length}};
}

class GraphBuilder {
 public:
  // An event whose start and end both lie within `when` (as a single date does).
  NodeId event(const std::string& id, Bounds when, int line, std::string zone = "UTC") {
    return event(id, when, when, line, std::move(zone));
  }
  NodeId event(const std::string& id, Bounds start, Bounds end, int line,
               std::string zone = "UTC") {
    Event event;
    event.id = id;
    event.when.zone = std::move(zone);
    event.stated_start = start;
    event.stated_end = end;
    event.range = at_line(line, 5, 4 + static_cast<int>(id.size()));
    event.when_range = at_line(line + 1, 11, 10);
    return graph.add_event(std::move(event));
  }
  NodeId entity(const std::string& id, int line) {
    Entity entity;
    entity.id = id;
    entity.range = at_line(line, 5, 4);
    return graph.add_entity(std::move(entity));
  }
  void relate(NodeId from, RelationType type, NodeId to, int line,
              std::optional<DurationSpec> gap = std::nullopt) {
    Relation relation;
    relation.from = from;
    relation.to = to;
    relation.type = type;
    relation.set_gap(std::move(gap));
    relation.range = at_line(line, 5, 20);
    graph.add_relation(std::move(relation));
  }

  EventGraph graph;
};

inline Bounds open() {
  return {};
}
inline Bounds exactly(Seconds instant) {
  return {instant, instant};
}
inline Bounds between(Seconds earliest, Seconds latest) {
  return {earliest, latest};
}

}  // namespace chronograph::testing
