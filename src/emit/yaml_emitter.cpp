#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "chronograph/emit.hpp"

namespace chronograph {

namespace {

// yaml-cpp quotes "null" and "~" itself but writes YAML 1.1 booleans bare; other YAML readers
// would turn those into true/false.
bool reads_as_boolean(std::string_view text) {
  static constexpr std::array<std::string_view, 8> words{"y",  "n",   "yes",  "no",
                                                         "on", "off", "true", "false"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(words.begin(), words.end(), lower) != words.end();
}

void scalar(YAML::Emitter& out, const std::string& text) {
  if (reads_as_boolean(text)) out << YAML::DoubleQuoted;
  out << text;
}

void key_value(YAML::Emitter& out, const char* key, const std::string& value) {
  out << YAML::Key << key << YAML::Value;
  scalar(out, value);
}

// Only when set: optional fields are left out.
void optional_value(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) key_value(out, key, value);
}

void text_value(YAML::Emitter& out, const char* key, const LocalizedText& text) {
  out << YAML::Key << key << YAML::Value;
  if (text.ko.empty() && text.en.empty()) {
    scalar(out, text.plain);
    return;
  }
  out << YAML::Flow << YAML::BeginMap;
  optional_value(out, "ko", text.ko);
  optional_value(out, "en", text.en);
  out << YAML::EndMap;
}

void string_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const std::string& item : items) scalar(out, item);
  out << YAML::EndSeq;
}

void emit_source(YAML::Emitter& out, const DocumentSource& source) {
  const std::string published = source.published ? source.published->value : std::string{};
  if (source.title.empty() && source.url.empty() && published.empty() && source.language.empty())
    return;
  out << YAML::Key << "source" << YAML::Value << YAML::BeginMap;
  optional_value(out, "title", source.title);
  optional_value(out, "url", source.url);
  optional_value(out, "published", published);
  optional_value(out, "language", source.language);
  out << YAML::EndMap;
}

void emit_entity(YAML::Emitter& out, const EntityDecl& entity) {
  out << YAML::Key << entity.id.value << YAML::Value << YAML::BeginMap;
  text_value(out, "name", entity.name);
  key_value(out, "kind", entity.kind.value);
  optional_value(out, "role", entity.role);
  if (entity.affiliation) optional_value(out, "affiliation", entity.affiliation->value);
  string_list(out, "tags", entity.tags);
  optional_value(out, "note", entity.note);
  out << YAML::EndMap;
}

void emit_participants(YAML::Emitter& out, const std::vector<ParticipantDecl>& participants) {
  if (participants.empty()) return;
  out << YAML::Key << "participants" << YAML::Value << YAML::BeginSeq;
  for (const ParticipantDecl& participant : participants) {
    if (participant.role.empty()) {
      scalar(out, participant.entity.value);
      continue;
    }
    out << YAML::Flow << YAML::BeginMap;
    key_value(out, "entity", participant.entity.value);
    key_value(out, "role", participant.role);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

// A comment must stay on its line: a line break inside would end it and start YAML.
void comment(YAML::Emitter& out, std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  out << YAML::Comment(text);
}

// The comment for one of the event's keys, written after its value when there is one.
struct EventComments {
  const YamlComments& all;
  const std::string& id;
  void after(YAML::Emitter& out, const char* key) const {
    const auto found = all.events.find({id, key});
    if (found != all.events.end()) comment(out, found->second);
  }
};

void emit_event(YAML::Emitter& out, const EventDecl& event, const YamlComments& comments) {
  const EventComments notes{comments, event.id.value};
  out << YAML::Key << event.id.value << YAML::Value << YAML::BeginMap;
  text_value(out, "title", event.title);
  notes.after(out, "title");
  optional_value(out, "when", event.when.value);
  if (!event.when.value.empty()) notes.after(out, "when");
  if (event.end) optional_value(out, "end", event.end->value);
  if (event.duration) optional_value(out, "duration", event.duration->value);
  if (event.duration) notes.after(out, "duration");
  if (event.calendar) optional_value(out, "calendar", event.calendar->value);
  if (event.place) optional_value(out, "place", event.place->value);
  emit_participants(out, event.participants);
  if (event.status.value != "happened") {
    optional_value(out, "status", event.status.value);
    notes.after(out, "status");
  }
  if (event.source) {
    out << YAML::Key << "source" << YAML::Value;
    if (event.source->where.empty()) {
      scalar(out, event.source->quote);
    } else {
      out << YAML::BeginMap;
      optional_value(out, "quote", event.source->quote);
      key_value(out, "where", event.source->where);
      out << YAML::EndMap;
    }
  }
  string_list(out, "tags", event.tags);
  optional_value(out, "note", event.note);
  out << YAML::EndMap;
}

void emit_relation(YAML::Emitter& out, const RelationDecl& relation, const std::string* note) {
  out << YAML::Flow << YAML::BeginMap;
  key_value(out, "from", relation.from.value);
  key_value(out, "type", relation.type.value);
  key_value(out, "to", relation.to.value);
  if (relation.gap) optional_value(out, "gap", relation.gap->value);
  optional_value(out, "label", relation.label);
  out << YAML::EndMap;
  if (note != nullptr) comment(out, *note);
  // Format v1 has no key for the id a relation has in a foreign source (docs/format.md decides
  // so); a comment keeps the TimeML lid on the relation's line, where every diagnostic about the
  // relation quotes it.
  if (!relation.origin.empty()) comment(out, "origin: " + relation.origin);
}

}  // namespace

std::string emit_yaml(const Document& document) {
  return emit_yaml(document, YamlComments{});
}

std::string emit_yaml(const Document& document, const YamlComments& comments) {
  std::string header;
  for (std::string line : comments.header) {
    std::replace_if(
        line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    header += "# " + line + "\n";
  }
  YAML::Emitter out;
  out.SetOutputCharset(YAML::EmitNonAscii);  // Hangul stays Hangul, not \uXXXX escapes
  out.SetIndent(2);
  out << YAML::BeginMap;
  out << YAML::Key << "chronograph" << YAML::Value << document.format_version;
  const LocalizedText& title = document.title;
  if (!title.plain.empty() || !title.ko.empty() || !title.en.empty())
    text_value(out, "title", title);
  emit_source(out, document.source);
  optional_value(out, "zone", document.default_zone.value);
  // The default is not written, so files without Julian dates come out as before.
  if (document.calendar.value != "gregorian")
    optional_value(out, "calendar", document.calendar.value);
  if (!document.entities.empty()) {
    out << YAML::Key << "entities" << YAML::Value << YAML::BeginMap;
    for (const EntityDecl& entity : document.entities) emit_entity(out, entity);
    out << YAML::EndMap;
  }
  if (!document.events.empty()) {
    out << YAML::Key << "events" << YAML::Value << YAML::BeginMap;
    for (const EventDecl& event : document.events) emit_event(out, event, comments);
    out << YAML::EndMap;
  }
  if (!document.relations.empty()) {
    out << YAML::Key << "relations" << YAML::Value << YAML::BeginSeq;
    for (std::size_t i = 0; i < document.relations.size(); ++i) {
      const auto note = comments.relations.find(i);
      emit_relation(out, document.relations[i],
                    note == comments.relations.end() ? nullptr : &note->second);
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return header + out.c_str() + "\n";
}

}  // namespace chronograph
