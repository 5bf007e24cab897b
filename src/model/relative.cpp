// Relative `when` and `end`: ids resolved, cycles refused, events placed after their anchors.

#include "model/relative.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace chronograph::detail {

namespace {

constexpr std::string_view start_suffix = ".start";
constexpr std::string_view end_suffix = ".end";

// The point an anchor names when the text does not say: a shift counts from the start; "after
// x" from its end and "before x" from its start, so that the order is the relation's; "between
// a and b" from a's end to b's start.
bool default_anchor_end(const RelativeSyntax& syntax, std::size_t which) {
  switch (syntax.direction) {
    case RelativeDirection::between:
      return which == 0;
    case RelativeDirection::after:
      return !syntax.amount;
    case RelativeDirection::before:
      return false;
  }
  return false;
}

Diagnostic error_at(const Located<std::string>& text, std::string message) {
  return make_error(text.range, std::move(message));
}

}  // namespace

bool RelativeTimes::add(NodeId node, const Located<std::string>& text, bool in_end,
                        Diagnostics& diagnostics) {
  // The syntax's names are views into the text: parsed from the copy, whose address never moves.
  auto copy = std::make_unique<const Located<std::string>>(text);
  TimeParse<RelativeSyntax> parsed = parse_relative(copy->value);
  if (parsed.error) {
    diagnostics.push_back(error_inside(text, *parsed.error));
    return false;
  }
  Pending pending;
  pending.node = node;
  pending.in_end = in_end;
  pending.text = std::move(copy);
  pending.syntax = *parsed.value;
  pending_.push_back(std::move(pending));
  return true;
}

bool RelativeTimes::resolve_anchors(Pending& pending, const IdTable& ids, const EventGraph& graph,
                                    Diagnostics& diagnostics) {
  const std::size_t count = pending.syntax.direction == RelativeDirection::between ? 2 : 1;
  for (std::size_t k = 0; k < count; ++k) {
    std::string_view token = pending.syntax.anchors[k].token;
    bool anchor_end = default_anchor_end(pending.syntax, k);
    // "x.end" names x's end, unless "x.end" is itself an id (ids may hold dots).
    if (!ids.find(token)) {
      for (const std::string_view suffix : {start_suffix, end_suffix}) {
        if (token.size() <= suffix.size() || !token.ends_with(suffix)) continue;
        token.remove_suffix(suffix.size());
        anchor_end = suffix == end_suffix;
        break;
      }
    }
    const auto node = ids.resolve({std::string(token), pending.text->range}, diagnostics);
    if (!node) return false;
    if (ids.kind_of(*node) != NodeKind::event) {
      diagnostics.push_back(
          error_at(*pending.text,
                   fmt::format("'{}' is an entity; a relative time counts from an event", token)));
      return false;
    }
    if (*node == pending.node) {
      diagnostics.push_back(
          error_at(*pending.text, fmt::format("'{}' is placed relative to itself ({} → {})", token,
                                              graph.id(pending.node), token)));
      return false;
    }
    pending.anchors[k] = *node;
    pending.anchor_ends[k] = anchor_end;
  }
  return true;
}

// Events with relative times, anchors before the events placed from them (a depth-first
// post-order). A cycle is an error at the expression of its first event, and every event on it
// keeps open bounds.
std::vector<NodeId> RelativeTimes::placing_order(const EventGraph& graph,
                                                 Diagnostics& diagnostics) {
  std::map<NodeId, std::vector<std::size_t>> of_node;  // pending indices per event
  for (std::size_t i = 0; i < pending_.size(); ++i) of_node[pending_[i].node].push_back(i);
  const auto targets = [&](NodeId node) {
    std::vector<NodeId> found;
    for (const std::size_t i : of_node[node]) {
      const Pending& p = pending_[i];
      if (!p.usable) continue;
      const std::size_t count = p.syntax.direction == RelativeDirection::between ? 2 : 1;
      for (std::size_t k = 0; k < count; ++k)
        if (of_node.count(p.anchors[k]) != 0) found.push_back(p.anchors[k]);
    }
    return found;
  };
  enum : char { unseen, open, done };
  std::map<NodeId, char> state;
  std::vector<NodeId> order;
  struct Frame {
    NodeId node;
    std::vector<NodeId> next;
    std::size_t at = 0;
  };
  for (const Pending& root : pending_) {
    if (state[root.node] != unseen) continue;
    std::vector<Frame> stack{{root.node, targets(root.node)}};
    state[root.node] = open;
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.at == top.next.size()) {
        state[top.node] = done;
        order.push_back(top.node);
        stack.pop_back();
        continue;
      }
      const NodeId target = top.next[top.at++];
      if (state[target] == unseen) {
        state[target] = open;
        stack.push_back({target, targets(target)});
      } else if (state[target] == open) {
        const auto from = std::find_if(stack.begin(), stack.end(),
                                       [&](const Frame& f) { return f.node == target; });
        std::string chain;
        for (auto it = from; it != stack.end(); ++it) {
          chain += graph.id(it->node) + " → ";
          for (const std::size_t i : of_node[it->node]) pending_[i].usable = false;
        }
        chain += graph.id(target);
        const Pending& first = pending_[of_node[target].front()];
        diagnostics.push_back(
            error_at(*first.text, fmt::format("relative times form a cycle: {}", chain)));
      }
    }
  }
  return order;
}

void RelativeTimes::place(EventGraph& graph, Pending& pending, const std::string& default_zone,
                          Diagnostics& diagnostics) {
  const RelativeSyntax& syntax = pending.syntax;
  const Event& anchor = graph.event(pending.anchors[0]);
  TimeSpec spec;
  spec.text = pending.text->value;
  // The day arithmetic is the anchor's ("the day before x" is a day where x happened); the
  // event is shown in the zone a time without one gets, the document's.
  const std::string& anchor_zone = anchor.when.zone.empty() ? default_zone : anchor.when.zone.str();
  spec.zone = default_zone;
  const bool placed = syntax.amount || syntax.part;
  if (placed) {
    const Bounds& from = pending.anchor_ends[0] ? anchor.stated_end : anchor.stated_start;
    const Event& event = graph.event(pending.node);
    const TimeParse<Bounds> bounds = place_relative(from, syntax, anchor_zone, event.calendar);
    if (bounds.error) {
      diagnostics.push_back(error_at(*pending.text, bounds.error->message));
      return;
    }
    spec.start = spec.end = *bounds.value;
    spec.precision = syntax.part ? Precision::day_part : anchor.when.precision;
    if (syntax.part) spec.day_part = syntax.part->canonical;
    spec.approximate = syntax.amount && syntax.amount->elapsed.approximate;
  }
  const Bounds& from = pending.anchor_ends[0] ? anchor.stated_end : anchor.stated_start;
  const Bounds span{std::min(from.earliest, spec.start.earliest),
                    std::max(from.latest, spec.start.latest)};
  const Bounds window = placed ? relative_window(syntax, anchor_zone, span) : Bounds{};
  Event& event = graph.event(pending.node);
  spec.calendar = event.calendar;
  if (pending.in_end)
    event.end_when = std::move(spec);
  else
    event.when = std::move(spec);
  // A `when` bounds the end too unless `end` or `duration` is given; lower bounds go on the
  // first point it bounds and upper bounds on the last (the others follow from start ≤ end).
  const bool first_is_end = pending.in_end;
  const bool last_is_end = pending.in_end || (!event.end_when && !event.duration);
  const auto link = [&](std::size_t k, bool lower, bool strict, Seconds seconds) {
    event.relative.push_back({lower ? first_is_end : last_is_end, pending.anchors[k],
                              pending.anchor_ends[k], lower, strict, pending.in_end, seconds,
                              pending.text->range});
  };
  if (syntax.direction == RelativeDirection::between) {
    link(0, true, true, 0);
    link(1, false, true, 0);
  } else if (!syntax.amount) {
    link(0, syntax.direction == RelativeDirection::after, true, 0);
  }
  if (placed) {
    link(0, true, false, window.earliest);
    link(0, false, false, window.latest);
  }
  set_stated_bounds(event);
}

void RelativeTimes::resolve(EventGraph& graph, const IdTable& ids, const std::string& default_zone,
                            Diagnostics& diagnostics) {
  for (Pending& pending : pending_)
    pending.usable = resolve_anchors(pending, ids, graph, diagnostics);
  const std::vector<NodeId> order = placing_order(graph, diagnostics);
  std::map<NodeId, std::vector<Pending*>> of_node;
  for (Pending& pending : pending_)
    if (pending.usable) of_node[pending.node].push_back(&pending);
  for (const NodeId node : order)
    for (Pending* pending : of_node[node]) place(graph, *pending, default_zone, diagnostics);
}

}  // namespace chronograph::detail
