// TimeML out: EVENT and MAKEINSTANCE per event, TIMEX3 for times, TLINKs for the relations about
// time, and chronograph's own attributes for what TimeML cannot say, so that the file reads back
// (parse_timeml) to the same bounds and contradictions. docs/timeml.md, "Writing TimeML".

#include <algorithm>
#include <array>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "chronograph/render.hpp"
#include "render/timeml/timex_text.hpp"
#include "timeml/own_attributes.hpp"
#include "timeml/tlinks.hpp"

namespace chronograph {

namespace {

namespace own = detail::timeml;

bool has_tag(const Event& event, std::string_view tag) {
  return std::find(event.tags.begin(), event.tags.end(), tag) != event.tags.end();
}

// The value after `prefix` of the first tag that starts with it ("class:" → "OCCURRENCE").
std::string_view tag_value(const Event& event, std::string_view prefix) {
  for (const std::string& tag : event.tags)
    if (std::string_view(tag).starts_with(prefix))
      return std::string_view(tag).substr(prefix.size());
  return {};
}

// An event the importer made from a TIMEX3 (tagged so) is written as one again.
bool is_timex(const Event& event) {
  return has_tag(event, own::timex_tag);
}

// Relations TimeML has a relType for that is sound but weaker than ours: the TLINK says that, and
// our `type` attribute the rest. The rest of what the reason stage reads (overlaps, causes) has no
// sound relType and is written as our own element.
struct Weakened {
  RelationType type;
  std::string_view rel_type;
};
constexpr std::array weakened{
    Weakened{RelationType::during, "DURING"},
    Weakened{RelationType::contains, "DURING_INV"},
    Weakened{RelationType::part_of, "IS_INCLUDED"},
};

bool reads_time(RelationType type) {
  return is_temporal(type) || type == RelationType::part_of || type == RelationType::causes;
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

class TimemlWriter {
 public:
  TimemlWriter(const EventGraph& graph, const RenderOptions& options)
      : graph_(graph), options_(options) {
    for (const NodeId node : graph.events()) ids_.insert(graph.id(node));
    for (const NodeId node : graph.entities()) ids_.insert(graph.id(node));
    // Kept for their relations (a TLINK's lid read back), so no made-up id takes one first.
    for (const Relation& relation : graph.relations())
      if (!relation.origin().empty()) origins_.insert(relation.origin());
  }

  Result<std::string> write() {
    root_ = xml_.append_child("TimeML");
    write_header();
    text_ = element(root_, "TEXT");
    text_.append_child(pugi::node_pcdata).set_value("\n");
    for (const NodeId node : graph_.events()) write_event(node);
    for (const Relation& relation : graph_.relations()) write_relation(relation);
    // After </TEXT>: the MAKEINSTANCEs, then the TLINKs, as TimeML files put them.
    for (const auto* list : {&instances_, &links_})
      for (const pugi::xml_node& node : *list) {
        root_.append_child(pugi::node_pcdata).set_value("\n");
        root_.append_copy(node);
      }
    root_.append_child(pugi::node_pcdata).set_value("\n");
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml_.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    out << '\n';
    Result<std::string> result{out.str(), {}};
    if (left_out_relations_ > 0 || !graph_.entities().empty())
      result.diagnostics.push_back(make_note(
          {graph_.info.path, {}, {}},
          fmt::format("TimeML carries events, their times and the relations about time; {} and {} "
                      "are left out",
                      counted(graph_.entities().size(), "entity", "entities"),
                      counted(left_out_relations_, "other relation", "other relations"))));
    return result;
  }

 private:
  // A child on its own line (root level) or inline (inside TEXT).
  static pugi::xml_node element(pugi::xml_node parent, const char* name) {
    if (parent.type() == pugi::node_element && std::string_view(parent.name()) == "TimeML")
      parent.append_child(pugi::node_pcdata).set_value("\n");
    return parent.append_child(name);
  }

  static void set(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name).set_value(std::string(value).c_str());
  }
  void set_own(pugi::xml_node node, std::string_view local, std::string_view value) {
    set(node, fmt::format("{}:{}", own::written_prefix, local).c_str(), value);
  }
  static void text(pugi::xml_node parent, std::string_view words) {
    parent.append_child(pugi::node_pcdata).set_value(std::string(words).c_str());
  }

  // A TimeML id no event, entity or earlier element uses: "t1", "t2"…
  std::string fresh(std::string_view prefix) {
    unsigned& counter = counters_[prefix];
    std::string id;
    do id = fmt::format("{}{}", prefix, ++counter);
    while (ids_.contains(id) || origins_.contains(id));
    ids_.insert(id);
    return id;
  }

  void write_header() {
    const GraphInfo& info = graph_.info;
    set(root_, fmt::format("xmlns:{}", own::written_prefix).c_str(), own::namespace_uri);
    set_own(root_, own::zone_name, info.zone);
    if (info.calendar != Calendar::gregorian)
      set_own(root_, own::calendar_name, to_string(info.calendar));
    if (!info.language.empty()) set_own(root_, own::language_name, info.language);
    if (!info.source_url.empty()) set_own(root_, own::url_name, info.source_url);
    if (!info.source_title.empty()) text(element(root_, "DOCID"), info.source_title);
    const auto creation =
        std::find_if(graph_.events().begin(), graph_.events().end(), [&](NodeId node) {
          const Event& event = graph_.event(node);
          return is_timex(event) && has_tag(event, own::creation_time_tag);
        });
    if (creation != graph_.events().end() || info.published) dct_ = element(root_, "DCT");
    if (creation == graph_.events().end() && info.published) {
      // The publication time, for TimeML readers; not an event of ours.
      const pugi::xml_node timex = dct_.append_child("TIMEX3");
      set(timex, "tid", fresh("t"));
      const auto value = detail::timex_text(info.published->hull(), info.published->zone);
      set(timex, "type", "DATE");
      set(timex, "value", value ? value->value.substr(0, value->value.find('T')) : "");
      set(timex, "functionInDocument", "CREATION_TIME");
      set_own(timex, own::when_name, info.published->text);
      set_own(timex, own::derived_name, "true");
      text(timex, info.published->text);
    }
    const std::string& title = info.title.in(options_.language);
    if (!title.empty()) text(element(root_, "TITLE"), title);
  }

  // The times and status as the event states them: what reads back to its bounds.
  void set_times(pugi::xml_node node, const Event& event) {
    if (!event.when.text.empty()) set_own(node, own::when_name, event.when.text);
    if (event.end_when) set_own(node, own::end_name, event.end_when->text);
    if (event.duration) set_own(node, own::duration_name, event.duration->text);
    if (event.calendar != graph_.info.calendar)
      set_own(node, own::calendar_name, to_string(event.calendar));
    if (event.status != EventStatus::happened)
      set_own(node, own::status_name, to_string(event.status));
  }

  void write_event(NodeId node) {
    const Event& event = graph_.event(node);
    const std::string& title = event.title.in(options_.language);
    if (is_timex(event)) {
      const bool creation = has_tag(event, own::creation_time_tag);
      const pugi::xml_node timex = (creation ? dct_ : text_).append_child("TIMEX3");
      set(timex, "tid", event.id);
      const std::string_view type = tag_value(event, own::timex_type_tag);
      set(timex, "type", type.empty() ? "DATE" : type);
      set(timex, "value", timex_value(event));
      if (const std::string_view mod = tag_value(event, own::timex_mod_tag); !mod.empty())
        set(timex, "mod", mod);
      if (creation) set(timex, "functionInDocument", "CREATION_TIME");
      set_times(timex, event);
      text(timex, title);
      if (!creation) text(text_, "\n");
      timex_ids_.insert(event.id);
      return;
    }
    const pugi::xml_node word = text_.append_child("EVENT");
    const std::string eid = fresh("e");
    set(word, "eid", eid);
    const std::string_view event_class = tag_value(event, own::instance_tags[0].tag);
    set(word, "class", event_class.empty() ? "OCCURRENCE" : event_class);
    text(word, title);
    const pugi::xml_node instance = later(instances_, "MAKEINSTANCE");
    set(instance, "eiid", event.id);
    set(instance, "eventID", eid);
    for (const auto& [name, tag] : own::instance_tags)
      if (name != std::string_view("class"))
        if (const std::string_view value = tag_value(event, tag); !value.empty())
          set(instance, name, value);
    set_times(instance, event);
    write_time(event);
    text(text_, "\n");
  }

  // The TIMEX3 value of an event the importer made from one (its note keeps it), else its time.
  std::string timex_value(const Event& event) const {
    if (event.note.starts_with(own::timex_note)) {
      const std::string_view rest = std::string_view(event.note).substr(own::timex_note.size());
      return std::string(rest.substr(0, rest.find(' ')));
    }
    const auto value = detail::timex_text(event.stated_start, event.when.zone, event.when.day_part);
    return value ? value->value : std::string{};
  }

  // The event's stated time for other TimeML readers, after its words: one TIMEX3 that holds it,
  // or for a span a TIMEX3 at each end and a DURATION between them. All derived: the event's own
  // attributes state the time exactly, and the importer reads those.
  void write_time(const Event& event) {
    const std::string& zone = event.when.zone.empty() ? graph_.info.zone : event.when.zone.str();
    if (event.stated_start == event.stated_end) {
      const auto value = detail::timex_text(event.stated_start, zone, event.when.day_part);
      if (!value) return;
      text(text_, " (");
      const std::string tid = derived_timex(*value, event);
      text(text_, ")");
      derived_link(event.id, "IS_INCLUDED", tid);
      return;
    }
    // A part of the day names one end when that end was written alone ("2024-01-26 오전").
    const auto part = [](const TimeSpec& spec) {
      return spec.interval ? std::string_view{} : std::string_view(spec.day_part);
    };
    const auto begin = detail::timex_text(event.stated_start, zone, part(event.when));
    const auto end =
        detail::timex_text(event.stated_end, zone, event.end_when ? part(*event.end_when) : "");
    if (!begin && !end) return;
    text(text_, begin ? " (from " : " (until ");
    const std::string begin_id = begin ? derived_timex(*begin, event) : std::string{};
    if (begin && end) text(text_, " to ");
    const std::string end_id = end ? derived_timex(*end, event) : std::string{};
    text(text_, ")");
    if (!begin || !end) return;
    const pugi::xml_node span = text_.append_child("TIMEX3");
    const std::string span_id = fresh("t");
    set(span, "tid", span_id);
    set(span, "type", "DURATION");
    // Whole days count both ends ("4 to 8 March" is five days); times of day are points.
    const detail::TimexGrain grain = std::max(begin->grain, end->grain);
    const Seconds length = grain >= detail::TimexGrain::day
                               ? event.stated_end.latest - event.stated_start.earliest
                               : event.stated_end.earliest - event.stated_start.earliest;
    set(span, "value", detail::timex_duration(length, grain));
    set(span, "beginPoint", begin_id);
    set(span, "endPoint", end_id);
    set_own(span, own::derived_name, "true");
    derived_link(event.id, "DURING", span_id);
  }

  std::string derived_timex(const detail::TimexText& value, const Event& event) {
    const pugi::xml_node timex = text_.append_child("TIMEX3");
    const std::string tid = fresh("t");
    set(timex, "tid", tid);
    set(timex, "type", value.type);
    set(timex, "value", value.value);
    if (event.when.approximate) set(timex, "mod", "APPROX");
    set_own(timex, own::derived_name, "true");
    text(timex, value.value);
    return tid;
  }

  void derived_link(const std::string& eiid, std::string_view rel_type, const std::string& tid) {
    const pugi::xml_node link = later(links_, "TLINK");
    set(link, "lid", fresh("l"));
    set(link, "relType", rel_type);
    set(link, "eventInstanceID", eiid);
    set(link, "relatedToTime", tid);
    set_own(link, own::derived_name, "true");
  }

  void write_relation(const Relation& relation) {
    if (relation.implied) return;
    if (!reads_time(relation.type) || graph_.kind(relation.from) != NodeKind::event ||
        graph_.kind(relation.to) != NodeKind::event) {
      ++left_out_relations_;
      return;
    }
    const std::string_view name = to_string(relation.type);
    std::optional<std::string_view> rel_type = detail::rel_type_for_relation(name);
    bool exact = rel_type.has_value();
    for (const Weakened& entry : weakened)
      if (entry.type == relation.type) rel_type = entry.rel_type;
    const std::string element_name =
        fmt::format("{}:{}", own::written_prefix, own::relation_element);
    const pugi::xml_node link = later(links_, rel_type ? "TLINK" : element_name.c_str());
    const bool origin_free = !relation.origin().empty() && !ids_.contains(relation.origin());
    if (origin_free) ids_.insert(relation.origin());
    set(link, "lid", origin_free ? relation.origin() : fresh("l"));
    if (rel_type) set(link, "relType", *rel_type);
    const std::string& from = graph_.id(relation.from);
    const std::string& to = graph_.id(relation.to);
    set(link, timex_ids_.contains(from) ? "timeID" : "eventInstanceID", from);
    set(link, timex_ids_.contains(to) ? "relatedToTime" : "relatedToEventInstance", to);
    if (!exact) set_own(link, own::type_name, name);
    if (relation.gap()) set_own(link, own::gap_name, relation.gap()->text);
  }

  // An element that goes after </TEXT>, made while TEXT is written.
  pugi::xml_node later(std::vector<pugi::xml_node>& list, const char* name) {
    list.push_back(scratch_.append_child(name));
    return list.back();
  }

  const EventGraph& graph_;
  const RenderOptions& options_;
  pugi::xml_document xml_;
  pugi::xml_document scratch_;
  pugi::xml_node root_;
  pugi::xml_node dct_;
  pugi::xml_node text_;
  std::vector<pugi::xml_node> instances_;
  std::vector<pugi::xml_node> links_;
  std::unordered_set<std::string> ids_;        // every id in the document
  std::unordered_set<std::string> timex_ids_;  // events written as TIMEX3
  std::unordered_set<std::string> origins_;    // the relations' lids
  std::unordered_map<std::string_view, unsigned> counters_;
  std::size_t left_out_relations_ = 0;
};

}  // namespace

Result<std::string> render_timeml(const EventGraph& graph, const RenderOptions& options) {
  return TimemlWriter(graph, options).write();
}

}  // namespace chronograph
