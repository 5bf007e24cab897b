#include <array>

#include <fmt/format.h>

#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "parse/sections.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array<std::string_view, 11> event_keys{
    "title",        "when",   "end",    "duration", "calendar", "place",
    "participants", "status", "source", "tags",     "note"};
constexpr std::array<std::string_view, 2> participant_keys{"entity", "role"};
constexpr std::array<std::string_view, 2> source_note_keys{"quote", "where"};

constexpr std::string_view participant_type_error =
    "a participant must be an entity id or a map {entity: id, role: text}";

std::optional<ParticipantDecl> read_participant(Reader& reader, const YAML::Node& item) {
  if (item.IsScalar()) {
    auto entity = reader.id_reference(item, "entity", participant_type_error);
    if (!entity) return std::nullopt;
    return ParticipantDecl{std::move(*entity), {}};
  }
  if (!item.IsMap()) {
    reader.error(reader.point(item), std::string(participant_type_error));
    return std::nullopt;
  }
  Fields fields(reader, item, participant_keys, " in participant", reader.point(item));
  const Field* entity_field = fields.required("entity");
  if (entity_field == nullptr) return std::nullopt;
  auto entity = reader.id_reference(entity_field->value, "entity", "entity must be an entity id");
  if (!entity) return std::nullopt;
  ParticipantDecl participant{std::move(*entity), {}};
  if (const Field* role = fields.find("role"))
    participant.role = reader.plain_string(*role).value_or("");
  return participant;
}

void read_participants(Reader& reader, const Field& field, EventDecl& event) {
  if (!field.value.IsSequence()) {
    reader.error(reader.point(field.value), "participants must be a list of entity ids");
    return;
  }
  for (const YAML::Node& item : field.value)
    if (auto participant = read_participant(reader, item))
      event.participants.push_back(std::move(*participant));
}

std::optional<SourceNoteDecl> read_source_note(Reader& reader, const Field& field) {
  if (field.value.IsScalar()) return SourceNoteDecl{reader.located(field.value).value, {}};
  if (!field.value.IsMap()) {
    reader.error(reader.point(field.value),
                 "source must be a quote or a map {quote: text, where: text}");
    return std::nullopt;
  }
  Fields fields(reader, field.value, source_note_keys, " in source", reader.point(field.value));
  SourceNoteDecl note;
  if (const Field* quote = fields.find("quote"))
    note.quote = reader.plain_string(*quote).value_or("");
  if (const Field* where = fields.find("where"))
    note.where = reader.plain_string(*where).value_or("");
  return note;
}

void read_event(Reader& reader, const Field& entry, EventDecl& event) {
  if (entry.value.IsNull()) {
    reader.error(entry.key_range,
                 fmt::format("event '{}' is empty: 'title' is required", entry.name));
    return;
  }
  if (!entry.value.IsMap()) {
    reader.error(reader.point(entry.value),
                 fmt::format("event '{}' must be a map of fields (title, when, …)", entry.name));
    return;
  }
  Fields fields(reader, entry.value, event_keys, fmt::format(" in event '{}'", entry.name),
                entry.key_range);
  if (const Field* title = fields.required("title")) {
    if (auto text = reader.text(*title)) event.title = std::move(*text);
  }
  if (const Field* when = fields.find("when")) {
    if (auto value = reader.string(*when)) event.when = std::move(*value);
  }
  const Field* end = fields.find("end");
  if (end != nullptr) event.end = reader.string(*end);
  if (const Field* duration = fields.find("duration")) {
    if (end != nullptr) {
      reader.error(duration->key_range, "'end' and 'duration' are mutually exclusive",
                   {make_note(end->key_range, "'end' given here")});
    } else {
      event.duration = reader.string(*duration);
    }
  }
  if (const Field* calendar = fields.find("calendar"))
    event.calendar = reader.choice(*calendar, "calendar", calendar_names());
  if (const Field* place = fields.find("place"))
    event.place = reader.id_reference(place->value, "entity", "place must be an entity id");
  if (const Field* participants = fields.find("participants"))
    read_participants(reader, *participants, event);
  if (const Field* status = fields.find("status")) {
    if (auto value = reader.choice(*status, "event status", event_status_names()))
      event.status = std::move(*value);
  }
  if (const Field* source = fields.find("source")) event.source = read_source_note(reader, *source);
  if (const Field* tags = fields.find("tags"))
    event.tags = reader.string_list(*tags).value_or(std::vector<std::string>{});
  if (const Field* note = fields.find("note")) event.note = reader.plain_string(*note).value_or("");
}

}  // namespace

void read_events(Reader& reader, const Field& section, std::vector<EventDecl>& out) {
  const auto entries = reader.id_map(section, "event", limits::max_events);
  out.reserve(out.size() + entries.size());
  for (const Field& entry : entries) {
    EventDecl event;
    event.id = {entry.name, entry.key_range};
    event.range = entry.key_range;
    read_event(reader, entry, event);
    out.push_back(std::move(event));
  }
}

}  // namespace chronograph::detail
