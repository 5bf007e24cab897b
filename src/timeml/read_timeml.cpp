#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "base/unicode.hpp"
#include "chronograph/timeml.hpp"
#include "parse/yaml_reader.hpp"
#include "timeml/own_attributes.hpp"
#include "timeml/timex_values.hpp"
#include "timeml/tlinks.hpp"
#include "timeml/xml_positions.hpp"

namespace chronograph {

namespace {

using detail::XmlPositions;
namespace timeml = detail::timeml;

// Visits every node below `root` in document order. Iterative, so deep nesting cannot exhaust the
// stack.
template <class Visit>
void for_each_descendant(const pugi::xml_node& root, Visit visit) {
  pugi::xml_node node = root.first_child();
  while (node) {
    visit(node);
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && node != root && !node.next_sibling()) node = node.parent();
    if (!node || node == root) return;
    node = node.next_sibling();
  }
}

// The element's text with whitespace runs collapsed to one space.
std::string text_of(const pugi::xml_node& element) {
  std::string text;
  bool pending_space = false;
  for_each_descendant(element, [&](const pugi::xml_node& node) {
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) return;
    for (const char* c = node.value(); *c != '\0'; ++c) {
      if (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r') {
        pending_space = !text.empty();
        continue;
      }
      if (pending_space) text += ' ';
      pending_space = false;
      text += *c;
    }
  });
  return text;
}

struct Collected {
  pugi::xml_node docid;
  pugi::xml_node title;
  pugi::xml_node creation_time;
  std::vector<pugi::xml_node> defining;  // TIMEX3 and MAKEINSTANCE, in document order
  std::vector<pugi::xml_node> tlinks;
  std::size_t slinks = 0;
  std::size_t alinks = 0;
};

bool named(const pugi::xml_node& node, std::string_view name) {
  return name == node.name();
}

class TimemlReader {
 public:
  TimemlReader(const XmlPositions& positions, const TimemlOptions& options)
      : positions_(positions), options_(options) {}

  Result<Document> read(const pugi::xml_node& root) {
    own_ = timeml::OwnAttributes(root);
    Collected collected = collect(root);
    // Ids that are valid as they are keep their names; a renamed one must not take them.
    for (const pugi::xml_node& node : collected.defining) {
      const std::string_view id = node.attribute(named(node, "TIMEX3") ? "tid" : "eiid").value();
      if (detail::is_valid_id(id)) taken_.emplace(id);
    }
    document_.path = positions_.path();
    read_header(collected, root);
    for (const pugi::xml_node& node : collected.defining) {
      if (named(node, "TIMEX3")) {
        read_timex(node, node == collected.creation_time);
      } else {
        read_instance(node);
      }
    }
    std::unordered_set<std::string_view> lids;
    for (const pugi::xml_node& tlink : collected.tlinks) {
      const pugi::xml_attribute lid = tlink.attribute("lid");
      if (!lid)
        warn(positions_.start_tag(tlink), "TLINK without lid; a conflict cannot name it");
      else if (!lids.insert(lid.value()).second)
        warn(positions_.value(lid), fmt::format("duplicate TLINK lid '{}'", lid.value()));
      if (auto relation = detail::read_tlink(tlink, ids_, positions_, own_, diagnostics_))
        document_.relations.push_back(std::move(*relation));
    }
    if (collected.slinks + collected.alinks > 0)
      diagnostics_.push_back(make_note(
          positions_.start_tag(root),
          fmt::format("ignored {} SLINK(s) and {} ALINK(s): only TLINKs order events in time",
                      collected.slinks, collected.alinks)));
    return {std::move(document_), std::move(diagnostics_)};
  }

 private:
  Collected collect(const pugi::xml_node& root) {
    Collected collected;
    for_each_descendant(root, [&](const pugi::xml_node& node) {
      if (node.type() != pugi::node_element) return;
      const std::string_view name = node.name();
      // What chronograph's writer derived for other TimeML readers (an event's time as a TIMEX3,
      // the TLINK to it) is stated exactly by our own attributes and read from those.
      const bool derived = own_.get(node, timeml::derived_name);
      if (own_.is(node, timeml::relation_element)) {
        collected.tlinks.push_back(node);
      } else if (name == "TIMEX3" || name == "MAKEINSTANCE") {
        if (!derived) collected.defining.push_back(node);
        if (name == "TIMEX3" &&
            std::string_view(node.attribute("functionInDocument").value()) == "CREATION_TIME") {
          if (collected.creation_time)
            warn(positions_.start_tag(node),
                 "a second CREATION_TIME TIMEX3; the first one is used");
          else
            collected.creation_time = node;
        }
      } else if (name == "EVENT") {
        const pugi::xml_attribute eid = node.attribute("eid");
        if (eid && !ids_.events.emplace(eid.value(), node).second)
          warn(positions_.value(eid),
               fmt::format("duplicate EVENT eid '{}'; MAKEINSTANCEs name the first", eid.value()));
      } else if (name == "TLINK") {
        if (!derived) collected.tlinks.push_back(node);
      } else if (name == "SLINK") {
        ++collected.slinks;
      } else if (name == "ALINK") {
        ++collected.alinks;
      } else if (name == "DOCID" && !collected.docid) {
        collected.docid = node;
      } else if (name == "TITLE" && !collected.title) {
        collected.title = node;
      }
    });
    return collected;
  }

  void read_header(const Collected& collected, const pugi::xml_node& root) {
    const std::string docid = collected.docid ? text_of(collected.docid) : std::string{};
    const std::string title = collected.title ? text_of(collected.title) : std::string{};
    document_.title.plain = title.empty() ? docid : title;
    document_.source.title = docid;
    read_own_header(root);
    if (!collected.creation_time) {
      // A document chronograph wrote has a DCT whenever its source had a publication time.
      if (own_.present()) return;
      warn(positions_.start_tag(root),
           "no TIMEX3 with functionInDocument=\"CREATION_TIME\"; the document has no "
           "creation time");
      return;
    }
    const pugi::xml_attribute value = collected.creation_time.attribute("value");
    if (const pugi::xml_attribute when = own_.get(collected.creation_time, timeml::when_name))
      document_.source.published = Located<std::string>{when.value(), positions_.value(when)};
    const detail::TimexAnchor anchor = detail::translate_timex_value(value.value(), {}, {});
    const SourceRange range = positions_.value_or_tag(collected.creation_time, "value");
    if (!anchor.expression || anchor.expression->find('/') != std::string::npos) {
      warn(range, fmt::format("document creation time '{}' is not a date", value.value()));
      return;
    }
    if (!document_.source.published)
      document_.source.published = Located<std::string>{*anchor.expression, range};
    creation_date_ = detail::creation_date_of(value.value());
  }

  // The document's zone, calendar, language and URL as chronograph wrote them on the root.
  void read_own_header(const pugi::xml_node& root) {
    if (const pugi::xml_attribute zone = own_.get(root, timeml::zone_name))
      document_.default_zone = {zone.value(), positions_.value(zone)};
    if (const pugi::xml_attribute calendar = own_.get(root, timeml::calendar_name))
      document_.calendar = {calendar.value(), positions_.value(calendar)};
    document_.source.language = own_.get(root, timeml::language_name).value();
    document_.source.url = own_.get(root, timeml::url_name).value();
  }

  // An event's times and status as chronograph wrote them (the model reads and checks them).
  void read_own_times(const pugi::xml_node& node, EventDecl& event) const {
    const auto located = [&](std::string_view name) -> std::optional<Located<std::string>> {
      const pugi::xml_attribute attribute = own_.get(node, name);
      if (!attribute) return std::nullopt;
      return Located<std::string>{attribute.value(), positions_.value(attribute)};
    };
    if (auto when = located(timeml::when_name)) event.when = std::move(*when);
    event.end = located(timeml::end_name);
    event.duration = located(timeml::duration_name);
    event.calendar = located(timeml::calendar_name);
    if (auto status = located(timeml::status_name)) event.status = std::move(*status);
  }

  // Registers a chronograph id; false (with an error) when it is taken.
  bool claim(const pugi::xml_node& node, const pugi::xml_attribute& id) {
    const std::string_view text = id.value();
    for (const auto* taken : {&ids_.timexes, &ids_.instances}) {
      const auto earlier = taken->find(text);
      if (earlier == taken->end()) continue;
      Diagnostic error = make_error(positions_.value(id), fmt::format("duplicate id '{}'", text));
      error.notes.push_back(
          make_note(positions_.start_tag(earlier->second), "the first definition is here"));
      diagnostics_.push_back(std::move(error));
      return false;
    }
    (named(node, "TIMEX3") ? ids_.timexes : ids_.instances).emplace(text, node);
    if (!detail::is_valid_id(text)) ids_.renamed.emplace(text, fresh_id(text));
    return true;
  }

  // A TimeML id that chronograph would reject ("t 9", "x\"><script>") becomes a valid one: every
  // other byte replaced by '_', "id" in front when it does not start with a letter or digit, and
  // "-2", "-3"… until it is free. The event's note keeps the original.
  std::string fresh_id(std::string_view original) {
    const auto alphanumeric = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    std::string base;
    for (const char c : original) base += alphanumeric(c) || c == '.' || c == '-' ? c : '_';
    if (base.empty() || !alphanumeric(base.front())) base.insert(0, "id");
    std::string id = base;
    for (int n = 2; taken_.contains(id); ++n) id = fmt::format("{}-{}", base, n);
    taken_.insert(id);
    return id;
  }

  // The chronograph id of a claimed tid or eiid, with its original kept in the note when renamed.
  Located<std::string> id_of(const pugi::xml_attribute& id, std::string& note) const {
    const std::string chronograph_id = ids_.chronograph_id(id.value());
    if (chronograph_id != id.value()) note += fmt::format(" (TimeML id '{}')", id.value());
    return {chronograph_id, positions_.value(id)};
  }

  void read_timex(const pugi::xml_node& timex, bool creation_time) {
    const pugi::xml_attribute tid = timex.attribute("tid");
    if (!tid || *tid.value() == '\0') {
      warn(positions_.start_tag(timex), "TIMEX3 without tid is skipped");
      return;
    }
    if (!claim(timex, tid)) return;
    const std::string_view type = timex.attribute("type").value();
    const std::string_view value = timex.attribute("value").value();
    const std::string_view mod = timex.attribute("mod").value();
    EventDecl event;
    event.title.plain = titled(text_of(timex), tid.value());
    event.range = positions_.start_tag(timex);
    event.tags = {std::string(timeml::timex_tag),
                  fmt::format("{}{}", timeml::timex_type_tag, type)};
    if (!mod.empty()) event.tags.push_back(fmt::format("{}{}", timeml::timex_mod_tag, mod));
    if (creation_time) event.tags.emplace_back(timeml::creation_time_tag);
    event.note = fmt::format("{}{}", timeml::timex_note, value);
    event.id = id_of(tid, event.note);
    read_own_times(timex, event);
    const bool point = type == "DATE" || type == "TIME";
    if (!point && type != "DURATION" && type != "SET")
      warn(positions_.value_or_tag(timex, "type"),
           fmt::format("TIMEX3 type '{}' is none of DATE, TIME, DURATION, SET", type));
    if (options_.anchor_timex && point && event.when.value.empty()) {
      const SourceRange range = positions_.value_or_tag(timex, "value");
      detail::TimexAnchor anchor = detail::translate_timex_value(value, mod, creation_date_);
      if (anchor.expression)
        event.when = {std::move(*anchor.expression), range};
      else
        warn(range, fmt::format("cannot anchor TIMEX3 {} value '{}': {}", tid.value(), value,
                                anchor.problem));
    }
    document_.events.push_back(std::move(event));
  }

  void read_instance(const pugi::xml_node& instance) {
    const pugi::xml_attribute eiid = instance.attribute("eiid");
    const pugi::xml_attribute event_id = instance.attribute("eventID");
    if (!eiid || *eiid.value() == '\0' || !event_id) {
      warn(positions_.start_tag(instance),
           fmt::format("MAKEINSTANCE without {} is skipped", eiid ? "eventID" : "eiid"));
      return;
    }
    const auto found = ids_.events.find(event_id.value());
    if (found == ids_.events.end()) {
      warn(positions_.value_or_tag(instance, "eventID"),
           fmt::format("MAKEINSTANCE {} names no EVENT '{}'; it is skipped", eiid.value(),
                       event_id.value()));
      return;
    }
    if (!claim(instance, eiid)) return;
    const pugi::xml_node& word = found->second;
    EventDecl event;
    event.title.plain = titled(text_of(word), eiid.value());
    event.range = positions_.start_tag(instance);
    event.tags = {std::string(timeml::event_tag)};
    // TimeML 1.2.1 keeps tense and aspect on the instance; older files keep them on the EVENT.
    for (const auto& [name, tag] : timeml::instance_tags) {
      pugi::xml_attribute attribute = instance.attribute(name);
      if (!attribute) attribute = word.attribute(name);
      if (attribute) event.tags.push_back(fmt::format("{}{}", tag, attribute.value()));
    }
    event.note = fmt::format("EVENT {}", event_id.value());
    for (const char* name : {"polarity", "modality"}) {
      const std::string_view text = instance.attribute(name).value();
      if (!text.empty() && text != "POS") event.note += fmt::format(", {}={}", name, text);
    }
    event.id = id_of(eiid, event.note);
    read_own_times(instance, event);
    document_.events.push_back(std::move(event));
  }

  // The words and the id: a word such as "said" or "today" occurs many times in an article. A
  // title chronograph wrote is its own, as written.
  std::string titled(std::string text, std::string_view id) const {
    if (own_.present() && !text.empty()) return text;
    if (text.empty()) return std::string(id);
    return fmt::format("{} ({})", text, id);
  }

  void warn(SourceRange range, std::string message) {
    diagnostics_.push_back(make_warning(std::move(range), std::move(message)));
  }

  const XmlPositions& positions_;
  const TimemlOptions& options_;
  Document document_;
  Diagnostics diagnostics_;
  detail::TimemlIds ids_;
  std::unordered_set<std::string> taken_;  // chronograph ids in use
  timeml::OwnAttributes own_{pugi::xml_node{}};
  std::string creation_date_;
};

}  // namespace

namespace {

Result<Document> read_document(std::string_view text, std::string_view path,
                               const TimemlOptions& options) {
  Result<Document> result;
  // TimeML is UTF-8 (TempEval-3 declares it); a Latin-1 byte would otherwise pass into names and
  // titles and `import` would write YAML that `check` rejects.
  if (const std::size_t bad = detail::first_invalid_utf8(text); bad != std::string_view::npos) {
    const XmlPositions positions(text, text, std::string(path));
    result.diagnostics.push_back(
        make_error(positions.range(bad, 1),
                   fmt::format("invalid UTF-8 (byte 0x{:02X}); TimeML files must be UTF-8",
                               static_cast<unsigned char>(text[bad]))));
    return result;
  }
  // Parsed in place so names and values point at their offsets in the text (xml_positions.hpp).
  std::string buffer(text);
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed = xml.load_buffer_inplace(
      buffer.data(), buffer.size(), pugi::parse_default, pugi::encoding_utf8);
  const XmlPositions positions(text, buffer, std::string(path));
  if (!parsed) {
    result.diagnostics.push_back(
        make_error(positions.range(static_cast<std::size_t>(parsed.offset), 1),
                   fmt::format("malformed XML: {}", parsed.description())));
    return result;
  }
  const pugi::xml_node root = xml.document_element();
  if (!named(root, "TimeML")) {
    result.diagnostics.push_back(
        make_error(positions.start_tag(root),
                   fmt::format("expected a <TimeML> root element, found <{}>", root.name())));
    return result;
  }
  return TimemlReader(positions, options).read(root);
}

}  // namespace

Result<Document> parse_timeml(std::string_view text, std::string_view path,
                              const TimemlOptions& options) {
  try {
    return read_document(text, path, options);
  } catch (const std::exception& failure) {
    // pugixml and the containers throw only bad_alloc; reported, not thrown across the API.
    Result<Document> result;
    result.diagnostics.push_back(make_error({std::string(path), {}, {}},
                                            std::string("cannot read TimeML: ") + failure.what()));
    return result;
  }
}

}  // namespace chronograph
