#pragma once
// A Document with every field of format v1 set once, for the emitter's tests.

#include <string>
#include <utility>

#include "chronograph/document.hpp"

namespace chronograph::testing {

inline Located<std::string> located(std::string text) {
  return {std::move(text), {}};
}

// Every field of the format set once, with Korean text that must stay as it is.
inline Document full_document() {
  Document document;
  document.title.ko = "샘 올트먼 방한";
  document.title.en = "Sam Altman visits Korea";
  document.source = {"연합뉴스", "https://example.com/a?b=1&c=2", located("2024-01-26T19:55+09:00"),
                     "ko"};
  document.default_zone = located("Asia/Seoul");
  document.calendar = located("julian");
  EntityDecl altman;
  altman.id = located("altman");
  altman.name.plain = "Sam Altman";
  altman.kind = located("person");
  altman.role = "CEO";
  altman.affiliation = located("openai");
  altman.tags = {"ai"};
  altman.note = "first visit since 2023";
  EntityDecl openai;
  openai.id = located("openai");
  openai.name.plain = "OpenAI";
  openai.kind = located("organization");
  document.entities = {altman, openai};
  EventDecl arrival;
  arrival.id = located("arrival");
  arrival.title.ko = "입국";
  arrival.when = located("2024-01-25 evening");
  arrival.duration = located("PT2H");
  arrival.place = located("openai");
  arrival.participants = {{located("altman"), "visitor"}, {located("openai"), ""}};
  arrival.status = located("reported");
  arrival.source = SourceNoteDecl{"\"입국했다\"", "paragraph 2"};
  arrival.tags = {"travel", "yes"};
  arrival.note = "two\nlines";
  EventDecl meeting;
  meeting.id = located("meeting");
  meeting.title.plain = "no";
  meeting.when = located("2024-01-26T10:00");
  meeting.end = located("2024-01-26T12:00");
  meeting.calendar = located("gregorian");
  meeting.source = SourceNoteDecl{"met", ""};
  document.events = {arrival, meeting};
  RelationDecl before;
  before.from = located("arrival");
  before.type = located("before");
  before.to = located("meeting");
  before.gap = located("~12h");
  before.origin = "l1";
  RelationDecl label;
  label.from = located("altman");
  label.type = located("label");
  label.to = located("openai");
  label.label = "runs: the company";
  document.relations = {before, label};
  return document;
}

}  // namespace chronograph::testing
