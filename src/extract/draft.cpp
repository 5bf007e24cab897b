#include "extract/draft.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "extract/clauses.hpp"
#include "extract/morph.hpp"

namespace chronograph::extract_stage {

namespace {

Located<std::string> located(std::string value) {
  return {std::move(value), {}};
}

// A known name in the text: whole, or a person's last word alone ("올트먼" for 샘 올트먼), as news
// writing shortens names after the first mention.
bool mentioned(const EntityDecl& entity, std::string_view text) {
  for (const std::string* name : {&entity.name.plain, &entity.name.ko, &entity.name.en}) {
    if (name->empty()) continue;
    if (text.find(*name) != std::string_view::npos) return true;
    const std::size_t space = name->rfind(' ');
    if (entity.kind.value == "person" && space != std::string::npos && name->size() - space > 6 &&
        text.find(std::string_view(*name).substr(space + 1)) != std::string_view::npos)
      return true;
  }
  return false;
}

class Builder {
 public:
  explicit Builder(const DraftInput& input) : in_(input) {}
  Draft run();

 private:
  void add_publication();
  void add_event(const ClauseEvent& clause);
  void add_participants(EventDecl& event, const ClauseEvent& clause);
  std::string entity_for_person(const std::string& name, const std::string& title);
  void add_gap(const ClauseEvent& clause);
  void add_related(const ClauseEvent& clause, const EventDecl& event);
  std::string next_id() { return fmt::format("e{}", ++counter_); }
  void check(const std::string& id, const char* key, const std::string& text) {
    std::string& slot = draft_.comments.events[{id, key}];
    slot = slot.empty() ? "check: " + text : slot + "; " + text;
  }

  const DraftInput& in_;
  Draft draft_;
  int counter_ = 0;
  std::vector<std::pair<const Resolved*, std::string>> dated_;  // timex → its event id, in order
};

Draft Builder::run() {
  Document& doc = draft_.document;
  doc.path = in_.options.path;
  if (in_.text.headline) {
    const std::string headline(in_.text.view(in_.text.paragraphs[*in_.text.headline]));
    doc.title.plain = headline;
    doc.source.title = headline;
  }
  if (!in_.anchors.publication_text.empty())
    doc.source.published = located(in_.anchors.publication_text);
  doc.default_zone = located(in_.anchors.zone.empty() ? "UTC" : in_.anchors.zone);
  doc.entities = in_.options.entities;
  add_publication();
  for (const ClauseEvent& clause : clause_events(in_.text, in_.resolved)) {
    if (clause.make_event)
      add_event(clause);
    else if (clause.timex->gap_to_previous)
      add_gap(clause);
  }
  return std::move(draft_);
}

void Builder::add_publication() {
  if (in_.anchors.publication_text.empty() || !in_.anchors.publication) return;
  EventDecl event;
  event.id = located("published");
  event.title.plain =
      draft_.document.title.plain.empty() ? "Article published" : draft_.document.title.plain;
  event.when = located(in_.anchors.publication_text);
  if (in_.text.byline) {
    const Span line = in_.text.paragraphs[*in_.text.byline];
    event.source = SourceNoteDecl{std::string(in_.text.view(line)),
                                  fmt::format("byline, bytes {}-{}", in_.text.original(line.begin),
                                              in_.text.original(line.end))};
  }
  draft_.document.events.push_back(std::move(event));
}

void Builder::add_event(const ClauseEvent& clause) {
  const Resolved& timex = *clause.timex;
  EventDecl event;
  event.id = located(next_id());
  event.title.plain = clause.title;
  const std::string id = event.id.value;
  if (timex.timex.type == TimexType::duration) {
    // A stay or a plan given only by its length happens on the story's day.
    event.when = located(iso_date(timex.narrative));
    std::string duration = timex.timex.value;
    if (timex.timex.mod == "APPROX") duration = "~" + duration;
    event.duration = located(duration);
    check(id, "when",
          "the day is the story's, the text gives only a length (" + timex.timex.text + ")");
  } else {
    event.when = located(timex.timex.when);
    for (const std::string& note : timex.timex.notes) check(id, "when", note);
    if (timex.timex.when.empty())
      check(id, "title", "no date could be written for '" + timex.timex.text + "'");
  }
  if (clause.status != "happened") {
    event.status = located(clause.status);
    check(id, "status", "from the ending '" + clause.status_words + "'");
  }
  event.source =
      SourceNoteDecl{clause.quote, fmt::format("paragraph {}, bytes {}-{}", clause.paragraph + 1,
                                               in_.text.original(clause.quote_span.begin),
                                               in_.text.original(clause.quote_span.end))};
  add_participants(event, clause);
  if (clause.title_from_context)
    check(id, "title", "the clause says little; title from its subject");
  draft_.document.events.push_back(event);
  if (timex.timex.type != TimexType::duration) dated_.emplace_back(&timex, id);
  if (!clause.related_event.empty()) add_related(clause, draft_.document.events.back());
  if (timex.gap_to_previous) add_gap(clause);
}

std::string Builder::entity_for_person(const std::string& name, const std::string& title) {
  for (const EntityDecl& entity : draft_.document.entities)
    if (entity.name.plain == name || entity.name.ko == name || entity.name.en == name)
      return entity.id.value;
  std::string id = id_for(name);
  if (id.empty()) return {};
  for (const EntityDecl& entity : draft_.document.entities)
    if (entity.id.value == id) id += "-2";
  EntityDecl entity;
  entity.id = located(id);
  entity.name.plain = name;
  entity.kind = located("person");
  entity.role = title;
  entity.note = "check: found as name + title in the text";
  draft_.document.entities.push_back(std::move(entity));
  return id;
}

void Builder::add_participants(EventDecl& event, const ClauseEvent& clause) {
  std::vector<std::string> ids;
  for (const EntityDecl& entity : in_.options.entities) {
    if (!mentioned(entity, clause.scope)) continue;
    // A place is where it happened, not who took part.
    if (entity.kind.value == "place") {
      if (!event.place) event.place = located(entity.id.value);
      continue;
    }
    ids.push_back(entity.id.value);
  }
  for (const auto& [name, title] : clause.people) {
    const std::string id = entity_for_person(name, title);
    if (!id.empty()) ids.push_back(id);
  }
  for (const std::string& id : ids) {
    const bool seen = std::any_of(event.participants.begin(), event.participants.end(),
                                  [&](const ParticipantDecl& p) { return p.entity.value == id; });
    if (!seen) event.participants.push_back({located(id), ""});
  }
}

// "출국 전 늦은 오후엔…": the named event (출국) follows this one, on the same day. "방한 중 …":
// this one is part of it, and its own dates are left to reasoning.
void Builder::add_related(const ClauseEvent& clause, const EventDecl& event) {
  EventDecl other;
  other.id = located(next_id());
  other.title.plain = clause.related_event;
  const bool before = clause.relation == "before";
  if (before && clause.timex->day) other.when = located(iso_date(*clause.timex->day));
  if (before && event.status.value == "planned") other.status = located("planned");
  other.source = event.source;
  check(other.id.value, "title",
        "named only as what '" + event.title.plain + (before ? "' comes before" : "' is part of"));
  RelationDecl relation;
  relation.from = located(event.id.value);
  relation.type = located(clause.relation);
  relation.to = located(other.id.value);
  draft_.comments.relations[draft_.document.relations.size()] =
      "check: the text says '" + clause.relation_words + "'";
  draft_.document.relations.push_back(std::move(relation));
  draft_.document.events.push_back(std::move(other));
}

// "지난해 6월 이후 7개월 만": the gap runs from the event of the date mentioned before to the
// story's first event.
void Builder::add_gap(const ClauseEvent& clause) {
  const Resolved* earlier = nullptr;
  std::string earlier_id;
  for (const auto& [timex, event] : dated_)
    if (timex->span.begin < clause.timex->span.begin)
      std::tie(earlier, earlier_id) = std::tie(timex, event);
  if (earlier == nullptr) return;
  std::string story;
  for (const auto& [timex, event] : dated_) {
    if (event == earlier_id || !timex->day || !in_.anchors.publication) continue;
    if (timex->day->year == in_.anchors.publication->year &&
        timex->day->month == in_.anchors.publication->month) {
      story = event;
      break;
    }
  }
  if (story.empty()) return;
  RelationDecl relation;
  relation.from = located(earlier_id);
  relation.type = located("before");
  relation.to = located(story);
  std::string gap = clause.timex->timex.value;
  relation.gap = located("~" + gap);
  draft_.comments.relations[draft_.document.relations.size()] =
      "check: '" + clause.timex->timex.text + "' read as the gap from " + earlier_id + " to " +
      story + ", the story's first event";
  draft_.document.relations.push_back(std::move(relation));
}

}  // namespace

Draft make_draft(const DraftInput& input) {
  return Builder(input).run();
}

}  // namespace chronograph::extract_stage
