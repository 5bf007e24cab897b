// The events and entities of an event JSON file, one object each, read as simdjson passes them.

#include "json/json_sections.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "base/flat_string_map.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "parse/checks.hpp"

namespace chronograph::detail::json {

namespace {

// What an event object may hold: the YAML's keys (docs/format.md), the export's `titles` and
// `end_text`, and the keys the export derives by reasoning, which are checked as JSON and not read.
constexpr std::array<std::string_view, 14> event_keys{
    "id",       "title",    "titles", "status",       "when",   "end",  "end_text",
    "duration", "calendar", "place",  "participants", "source", "tags", "note"};
constexpr std::array<std::string_view, 6> derived_event_keys{
    "zone", "start", "stated_start", "stated_end", "uncertain", "approximate"};
template <std::size_t A, std::size_t B>
constexpr std::array<std::string_view, A + B> joined(const std::array<std::string_view, A>& first,
                                                     const std::array<std::string_view, B>& then) {
  std::array<std::string_view, A + B> out{};
  for (std::size_t i = 0; i < A; ++i) out[i] = first[i];
  for (std::size_t i = 0; i < B; ++i) out[A + i] = then[i];
  return out;
}
// Every key an unknown one is compared with for "did you mean", the written ones first.
constexpr auto all_event_keys = joined(event_keys, derived_event_keys);
constexpr std::array<std::string_view, 8> entity_keys{"id",   "name",        "names", "kind",
                                                      "role", "affiliation", "tags",  "note"};
constexpr std::array<std::string_view, 2> participant_keys{"entity", "role"};
constexpr std::array<std::string_view, 2> source_note_keys{"quote", "where"};

constexpr std::string_view participant_type_error =
    "a participant must be an entity id or an object {\"entity\": id, \"role\": text}";

bool is_derived_event_key(std::string_view key) {
  for (const std::string_view derived : derived_event_keys)
    if (key == derived) return true;
  return false;
}

// Ids already taken in one section, for "duplicate event id 'a'" with a note at the first.
class IdSet {
 public:
  explicit IdSet(std::string_view singular) : singular_(singular) {}
  void reserve(std::size_t count) { first_.reserve(count); }
  bool insert(Reader& reader, const Located<std::string>& id) {
    const auto [number, inserted] = first_.try_emplace(id.value, id.range);
    if (!inserted)
      reader.diagnostics().push_back(duplicate_id_error(id, singular_, first_[number].value));
    return inserted;
  }

 private:
  std::string_view singular_;
  FlatStringMap<SourceRange> first_;
};

// The `id` of an entry, looked up before the other fields so that every message can name the
// entry; the object is then rewound for the walk through its fields (which skips the id: a
// string is unescaped once).
std::optional<Located<std::string>> entry_id(Reader& reader, od::object& object,
                                             std::string_view singular, const SourceRange& at) {
  od::value value;
  std::optional<Located<std::string>> id;
  const simdjson::error_code found = object.find_field_unordered("id").get(value);
  if (found == simdjson::NO_SUCH_FIELD) {
    reader.error(at, fmt::format("missing 'id' in an {}", singular));
  } else {
    check(found);
    if (reader.kind(value) == Kind::null) {
      reader.error(reader.point(value), fmt::format("empty 'id' in an {}", singular));
    } else {
      id = reader.id(value, singular, "id must be a string", field_depth);
    }
  }
  bool any = false;
  check(object.reset().get(any));
  return id;
}

std::string in_entry(std::string_view singular, const std::optional<Located<std::string>>& id) {
  if (!id) return fmt::format(" in an {}", singular);
  return fmt::format(" in {} '{}'", singular, id->value);
}

std::optional<ParticipantDecl> read_participant(Reader& reader, od::value& item) {
  const Kind kind = reader.kind(item);
  if (kind == Kind::string) {
    auto entity = reader.id(item, "entity", participant_type_error, field_depth + 1);
    if (!entity) return std::nullopt;
    return ParticipantDecl{std::move(*entity), {}};
  }
  if (kind != Kind::object) {
    reader.error(reader.point(item), std::string(participant_type_error));
    reader.skip(item, field_depth + 1, true);
    return std::nullopt;
  }
  const SourceRange at = reader.point(item);
  od::object object = reader.object(item);
  ParticipantDecl participant;
  bool has_entity = false;
  reader.fields(object, " in participant", field_depth + 1, [&](const Key& key, od::value& value) {
    if (key.name == "entity") {
      auto entity = reader.id(value, "entity", "entity must be an entity id", field_depth + 2);
      if (entity) participant.entity = std::move(*entity);
      has_entity = true;
    } else if (key.name == "role") {
      participant.role = reader.plain_string(value, "role", field_depth + 2).value_or("");
    } else {
      reader.unknown(key, " in participant", participant_keys, value, field_depth + 2);
    }
  });
  if (!has_entity) reader.error(at, "missing 'entity' in participant");
  if (participant.entity.value.empty()) return std::nullopt;
  return participant;
}

void read_participants(Reader& reader, od::value& value, EventDecl& event) {
  const Kind kind = reader.kind(value);
  if (kind == Kind::null) return;
  if (kind != Kind::array) {
    reader.error(reader.point(value), "participants must be an array of entity ids");
    reader.skip(value, field_depth, true);
    return;
  }
  for (auto entry : reader.array(value)) {
    od::value item;
    check(std::move(entry).get(item));
    if (auto participant = read_participant(reader, item))
      event.participants.push_back(std::move(*participant));
  }
}

std::optional<SourceNoteDecl> read_source_note(Reader& reader, od::value& value) {
  const Kind kind = reader.kind(value);
  if (kind == Kind::null) return std::nullopt;
  if (kind == Kind::string)
    return SourceNoteDecl{reader.located(value).value_or(Located<std::string>{}).value, {}};
  if (kind != Kind::object) {
    reader.error(reader.point(value),
                 "source must be a quote or an object {\"quote\": text, \"where\": text}");
    reader.skip(value, field_depth, true);
    return std::nullopt;
  }
  SourceNoteDecl note;
  od::object object = reader.object(value);
  reader.fields(object, " in source", field_depth, [&](const Key& key, od::value& member) {
    if (key.name == "quote" || key.name == "where") {
      (key.name == "quote" ? note.quote : note.where) =
          reader.plain_string(member, key.name, field_depth + 1).value_or("");
    } else {
      reader.unknown(key, " in source", source_note_keys, member, field_depth + 1);
    }
  });
  return note;
}

// One event's fields after its id; `end` (the YAML's name) and `end_text` (the export's) both
// hold the end as written, `end` as an object is the export's reasoned bounds.
class EventFields {
 public:
  EventFields(Reader& reader, EventDecl& event, std::string context)
      : reader_(reader), event_(event), context_(std::move(context)) {}

  void read(const Key& key, od::value& value) {
    constexpr int depth = field_depth;
    const std::string_view name = key.name;
    if (name == "id" || title_.read(reader_, key, value, depth)) return;
    if (name == "end" || name == "end_text") return read_end(key, value);
    if (name == "status") {
      if (auto status = reader_.choice(value, name, "event status", event_status_names(), depth))
        event_.status = std::move(*status);
    } else if (name == "when") {
      if (auto when = reader_.string(value, name, depth)) event_.when = std::move(*when);
    } else if (name == "duration") {
      event_.duration = reader_.string(value, name, depth);
      if (event_.duration) duration_key_ = key.range;
    } else if (name == "calendar") {
      event_.calendar = reader_.choice(value, name, "calendar", calendar_names(), depth);
    } else if (name == "place") {
      event_.place = reader_.id(value, "entity", "place must be an entity id", depth);
    } else if (name == "participants") {
      read_participants(reader_, value, event_);
    } else if (name == "source") {
      event_.source = read_source_note(reader_, value);
    } else if (name == "tags") {
      event_.tags = reader_.string_list(value, name, depth).value_or(std::vector<std::string>{});
    } else if (name == "note") {
      event_.note = reader_.plain_string(value, name, depth).value_or("");
    } else if (is_derived_event_key(name)) {
      if (name == "start" && reader_.kind(value) == Kind::string)
        reader_.warning(key.range,
                        "'start' is the export's reasoned bounds and is not read; the "
                        "time as written is 'when'");
      reader_.skip(value, depth);
    } else {
      reader_.unknown(key, context_, all_event_keys, value, depth);
    }
  }

  [[nodiscard]] const std::string& context() const { return context_; }

  void finish(const SourceRange& at) {
    if (auto title = title_.required(reader_, context_, at)) event_.title = std::move(*title);
    if (end_key_ && duration_key_) {
      reader_.error(*duration_key_, "'end' and 'duration' are mutually exclusive",
                    {make_note(*end_key_, fmt::format("'{}' given here", end_name_))});
      event_.duration.reset();
    }
  }

 private:
  void read_end(const Key& key, od::value& value) {
    const Kind kind = reader_.kind(value);
    if (key.name == "end" && (kind == Kind::object || kind == Kind::null)) {
      reader_.skip(value, field_depth);  // the export's {"earliest", "latest"}
      return;
    }
    std::optional<Located<std::string>> end = reader_.string(value, key.name, field_depth);
    if (!end) return;
    if (end_key_) {
      reader_.error(
          key.range,
          fmt::format("'{}' and '{}' both give the end as written; keep one", end_name_, key.name),
          {make_note(*end_key_, fmt::format("'{}' given here", end_name_))});
      return;
    }
    event_.end = std::move(end);
    end_key_ = key.range;
    end_name_ = key.name;
  }

  Reader& reader_;
  EventDecl& event_;
  std::string context_;
  TextPair title_{"title", "titles"};
  std::optional<SourceRange> end_key_;
  std::string end_name_;
  std::optional<SourceRange> duration_key_;
};

void read_event(Reader& reader, od::value& item, IdSet& ids, const EventOut& out) {
  if (reader.kind(item) != Kind::object) {
    reader.error(reader.point(item), "an event must be an object with an 'id'");
    reader.skip(item, entry_depth, true);
    return;
  }
  const SourceRange at = reader.point(item);
  od::object object = reader.object(item);
  EventDecl event;
  const std::optional<Located<std::string>> id = entry_id(reader, object, "event", at);
  EventFields fields(reader, event, in_entry("event", id));
  reader.fields(object, fields.context(), entry_depth,
                [&](const Key& key, od::value& value) { fields.read(key, value); });
  fields.finish(id ? id->range : at);
  if (!id || !ids.insert(reader, *id)) return;
  event.id = *id;
  event.range = id->range;
  out(std::move(event));
}

void read_entity_field(Reader& reader, const Key& key, od::value& value, EntityDecl& entity,
                       const std::string& context) {
  constexpr int depth = field_depth;
  const std::string_view name = key.name;
  if (name == "id") return;
  if (name == "kind") {
    if (auto kind = reader.choice(value, name, "entity kind", entity_kind_names(), depth))
      entity.kind = std::move(*kind);
  } else if (name == "role") {
    entity.role = reader.plain_string(value, name, depth).value_or("");
  } else if (name == "affiliation") {
    entity.affiliation = reader.id(value, "entity", "affiliation must be an entity id", depth);
  } else if (name == "tags") {
    entity.tags = reader.string_list(value, name, depth).value_or(std::vector<std::string>{});
  } else if (name == "note") {
    entity.note = reader.plain_string(value, name, depth).value_or("");
  } else {
    reader.unknown(key, context, entity_keys, value, depth);
  }
}

void read_entity(Reader& reader, od::value& item, IdSet& ids, std::vector<EntityDecl>& out) {
  if (reader.kind(item) != Kind::object) {
    reader.error(reader.point(item), "an entity must be an object with an 'id'");
    reader.skip(item, entry_depth, true);
    return;
  }
  const SourceRange at = reader.point(item);
  od::object object = reader.object(item);
  EntityDecl entity;
  const std::optional<Located<std::string>> id = entry_id(reader, object, "entity", at);
  const std::string context = in_entry("entity", id);
  TextPair name{"name", "names"};
  std::optional<SourceRange> kind_key;
  reader.fields(object, context, entry_depth, [&](const Key& key, od::value& value) {
    if (name.read(reader, key, value, field_depth)) return;
    if (key.name == "kind") kind_key = key.range;
    read_entity_field(reader, key, value, entity, context);
  });
  const SourceRange& where = id ? id->range : at;
  if (auto text = name.required(reader, context, where)) entity.name = std::move(*text);
  if (!kind_key) reader.error(where, fmt::format("missing 'kind'{}", context));
  if (!id || !ids.insert(reader, *id)) return;
  entity.id = *id;
  entity.range = id->range;
  out.push_back(std::move(entity));
}

}  // namespace

const SplitSection* split_section(Reader& reader, od::value& section) {
  const SplitSection* split = reader.split_at(reader.offset_of(section.raw_json_token().data()));
  if (split) reader.skip(section, section_depth, true);  // blanked in the text simdjson reads whole
  return split;
}

void for_each_split_entry(Reader& reader, const SplitSection& split, const SourceRange& at,
                          std::string_view name, std::size_t limit,
                          const std::function<void(od::value&)>& read_entry,
                          const std::function<void(std::size_t)>& on_count) {
  if (on_count) on_count(std::min(split.entries.size(), limit));
  reader.for_each_split(split, [&](std::size_t index, od::value& item) {
    if (index == limit) reader.error(at, too_many_message(limit, name));
    if (index >= limit) {
      reader.skip(item, entry_depth, true);
      return;
    }
    read_entry(item);
  });
}

void for_each_entry(Reader& reader, od::value& section, std::string_view name,
                    std::string_view singular, std::size_t limit,
                    const std::function<void(od::value&)>& read_entry,
                    const std::function<void(std::size_t)>& on_count) {
  const Kind kind = reader.kind(section);
  if (kind == Kind::null) return;
  if (kind != Kind::array) {
    reader.error(reader.point(section),
                 fmt::format("{} must be an array of {} objects{}", name, singular,
                             name == "relations" ? "" : ", each with its \"id\""));
    reader.skip(section, section_depth, true);
    return;
  }
  const SourceRange at = reader.point(section);
  if (const SplitSection* split = split_section(reader, section)) {
    for_each_split_entry(reader, *split, at, name, limit, read_entry, on_count);
    return;
  }
  od::array entries = reader.array(section);
  std::size_t total = 0;
  // A scan of the structural index only, then rewound; a malformed section fails below, where
  // the syntax error is positioned.
  if (on_count && entries.count_elements().get(total) == simdjson::SUCCESS)
    on_count(std::min(total, limit));
  std::size_t count = 0;
  for (auto entry : entries) {
    od::value item;
    check(std::move(entry).get(item));
    if (++count == limit + 1) reader.error(at, too_many_message(limit, name));
    if (count > limit) {
      reader.skip(item, entry_depth, true);
      continue;
    }
    read_entry(item);
  }
}

namespace {

// What a section of `count` entries needs, taken before the first is read.
template <class Decl>
std::function<void(std::size_t)> room_for(std::vector<Decl>& out, IdSet& ids) {
  return [&out, &ids](std::size_t count) {
    out.reserve(out.size() + count);
    ids.reserve(count);
  };
}

}  // namespace

void read_events(Reader& reader, od::value& section, std::vector<EventDecl>& out) {
  IdSet ids("event");
  const EventOut keep = [&out](EventDecl&& event) { out.push_back(std::move(event)); };
  for_each_entry(
      reader, section, "events", "event", limits::max_events,
      [&](od::value& item) { read_event(reader, item, ids, keep); }, room_for(out, ids));
}

void read_split_events(Reader& reader, const SplitSection& split, const SourceRange& at,
                       std::vector<EventDecl>& out) {
  IdSet ids("event");
  const EventOut keep = [&out](EventDecl&& event) { out.push_back(std::move(event)); };
  for_each_split_entry(
      reader, split, at, "events", limits::max_events,
      [&](od::value& item) { read_event(reader, item, ids, keep); }, room_for(out, ids));
}

void stream_split_events(Reader& reader, const SplitSection& split, const SourceRange& at,
                         const EventOut& out) {
  IdSet ids("event");
  for_each_split_entry(
      reader, split, at, "events", limits::max_events,
      [&](od::value& item) { read_event(reader, item, ids, out); },
      [&ids](std::size_t count) { ids.reserve(count); });
}

void read_entities(Reader& reader, od::value& section, std::vector<EntityDecl>& out) {
  IdSet ids("entity");
  for_each_entry(
      reader, section, "entities", "entity", limits::max_entities,
      [&](od::value& item) { read_entity(reader, item, ids, out); }, room_for(out, ids));
}

bool TextPair::read(Reader& reader, const Key& key, od::value& value, int depth) {
  const bool singular = key.name == singular_;
  if (!singular && key.name != plural_) return false;
  if (!key_) key_ = key.range;
  const Kind kind = reader.kind(value);
  if (!singular) {
    if (auto text = reader.languages(value, plural_, depth)) languages_ = std::move(*text);
    reported_ = reported_ || (kind != Kind::object && kind != Kind::null);
    return true;
  }
  if (kind == Kind::string) {
    plain_ = reader.located(value).value_or(Located<std::string>{}).value;
  } else if (kind == Kind::object) {
    if (auto text = reader.languages(value, singular_, depth)) {
      if (!languages_) languages_ = std::move(*text);
    }
  } else if (kind != Kind::null) {
    reader.error(reader.point(value),
                 fmt::format("{} must be a string or an object with 'ko' and/or 'en'", singular_));
    reader.skip(value, depth, true);
    reported_ = true;
  }
  return true;
}

std::optional<LocalizedText> TextPair::text() const {
  LocalizedText out;
  if (languages_) {
    out.ko = languages_->ko;
    out.en = languages_->en;
  }
  if (plain_) {
    const std::string& fallback = !out.en.empty() ? out.en : out.ko;
    if (*plain_ != fallback || fallback.empty()) out.plain = *plain_;
  }
  if (!plain_ && out.ko.empty() && out.en.empty()) return std::nullopt;
  return out;
}

std::optional<LocalizedText> TextPair::required(Reader& reader, std::string_view in_context,
                                                const SourceRange& context) const {
  std::optional<LocalizedText> out = text();
  if (out || reported_) return out;
  if (key_) {
    reader.error(*key_, fmt::format("empty '{}'{}", singular_, in_context));
  } else {
    reader.error(context, fmt::format("missing '{}'{}", singular_, in_context));
  }
  return out;
}

}  // namespace chronograph::detail::json
