#include "extract/clauses.hpp"

#include <algorithm>

#include "base/unicode.hpp"
#include "extract/morph.hpp"

namespace chronograph::extract_stage {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == ',';
}

Span trim(std::string_view text, Span span) {
  while (span.begin < span.end && is_space(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
  return span;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// At most `limit` code points, cut at a space, with an ellipsis when cut.
std::string shorten(std::string text, std::size_t limit) {
  std::size_t pos = 0;
  std::size_t count = 0;
  std::size_t last_space = std::string::npos;
  while (pos < text.size()) {
    if (text[pos] == ' ') last_space = pos;
    detail::next_code_point(text, pos);
    if (++count == limit && pos < text.size()) {
      text.resize(last_space != std::string::npos ? last_space : pos);
      return text + "…";
    }
  }
  return text;
}

class Sentences {
 public:
  explicit Sentences(const PreparedText& text) : text_(text) {}
  void add(const std::vector<const Resolved*>& here, std::vector<ClauseEvent>& out) const;

 private:
  [[nodiscard]] std::vector<Span> pieces(const Sentence& sentence,
                                         const LanguageRules& rules) const;
  void status(ClauseEvent& event, const Sentence& sentence, const LanguageRules& rules,
              Span segment, bool background) const;
  [[nodiscard]] std::string clean_title(std::string_view text, const LanguageRules& rules) const;
  void people(ClauseEvent& event, const LanguageRules& rules) const;
  void related(ClauseEvent& event, const LanguageRules& rules, Span& before) const;

  const PreparedText& text_;
};

std::vector<Span> Sentences::pieces(const Sentence& sentence, const LanguageRules& rules) const {
  std::vector<Span> out;
  const Regex* end = rules.pattern("clause_end");
  std::size_t begin = sentence.span.begin;
  if (end != nullptr) {
    const std::string_view subject(text_.text.data(), sentence.span.end);
    std::size_t from = begin;
    while (auto match = end->find(subject, from)) {
      if (match->end() <= from) break;
      out.push_back({begin, match->end()});
      begin = from = match->end();
    }
  }
  out.push_back({begin, sentence.span.end});
  return out;
}

// The ending that decides the status is the first hard clause end (-으나, -지만) after the
// segment, or the sentence's end; -고 and -며 share the ending of the clause they join.
void Sentences::status(ClauseEvent& event, const Sentence& sentence, const LanguageRules& rules,
                       Span segment, bool background) const {
  if (background) return;  // "전날 늦게 한국을 찾은 올트먼은 이날…": said in passing, as fact
  std::size_t end = sentence.span.end;
  if (const Regex* hard = rules.pattern("hard_end")) {
    const std::string_view subject(text_.text.data(), sentence.span.end);
    if (auto match = hard->find(subject, segment.begin)) end = match->end();
  }
  const std::string_view scope = text_.view({segment.begin, end});
  const std::string_view from_start = text_.view({sentence.span.begin, end});
  for (const char* status : {"superseded", "planned", "reported"}) {
    const Regex* pattern = rules.pattern(status);
    if (pattern == nullptr) continue;
    const bool superseded = std::string_view(status) == "superseded";
    const std::string_view subject = superseded ? from_start : scope;
    auto match = pattern->find(subject, 0);
    // "당초 …었으나" supersedes what comes before its -으나, not the clauses after it.
    if (match && superseded && match->end() < segment.begin - sentence.span.begin) match.reset();
    if (match) {
      event.status = status;
      event.status_words = std::string(match->text(subject, 0));
      return;
    }
  }
}

std::string Sentences::clean_title(std::string_view raw, const LanguageRules& rules) const {
  std::string title(raw);
  if (const Regex* tail = rules.pattern("tail"))
    if (auto match = tail->find(title, 0)) title.resize(match->begin());
  Span kept = trim(title, {0, title.size()});
  title = title.substr(kept.begin, kept.size());
  if (rules.language == "ko" && !title.empty()) {
    // The last word carries the particles and endings: its dictionary form reads as a title.
    const std::size_t space = title.rfind(' ');
    const std::size_t start = space == std::string::npos ? 0 : space + 1;
    const std::string last = title.substr(start);
    std::string stem = shared_stemmer("ko").stem(last);
    if (!stem.ends_with("다")) {
      // A noun keeps its letters without the particle; hunspell's shorter nouns ("만" for 만날)
      // are not trusted.
      stem = last;
      if (const Regex* particle = rules.pattern("particle"))
        if (auto match = particle->find(last, 0); match && match->begin() > 0)
          stem = last.substr(0, match->begin());
    }
    title = title.substr(0, start) + stem;
  }
  return shorten(title, rules.language == "ko" ? 40 : 80);
}

void Sentences::people(ClauseEvent& event, const LanguageRules& rules) const {
  for (const char* name : {"person", "person_title_first"}) {
    const Regex* pattern = rules.pattern(name);
    if (pattern == nullptr) continue;
    const int who = pattern->group_number("name");
    const int title = pattern->group_number("title");
    std::size_t from = 0;
    while (auto match = pattern->find(event.scope, from)) {
      event.people.emplace_back(std::string(match->text(event.scope, who)),
                                std::string(match->text(event.scope, title)));
      from = std::max(match->end(), from + 1);
    }
  }
}

// "출국 전" or "방한 중" right before the expression: a relation, and words that are not the title.
void Sentences::related(ClauseEvent& event, const LanguageRules& rules, Span& before) const {
  for (const auto& [name, relation] :
       {std::pair{"before_event", "before"}, std::pair{"part_of_event", "part-of"}}) {
    const Regex* pattern = rules.pattern(name);
    if (pattern == nullptr) continue;
    const std::string_view text = text_.view(before);
    auto match = pattern->find(text, 0);
    if (!match) continue;
    event.related_event = std::string(match->text(text, pattern->group_number("event")));
    event.relation = relation;
    event.relation_words = std::string(match->text(text, 0));
    before.end = before.begin + match->begin();
    before = trim(text_.text, before);
    return;
  }
}

void Sentences::add(const std::vector<const Resolved*>& here, std::vector<ClauseEvent>& out) const {
  const Sentence& sentence = text_.sentences[here.front()->sentence];
  const LanguageRules& rules = *here.front()->rules;
  const bool korean = rules.pattern("clause_end") != nullptr;
  bool sentence_has_event = false;
  for (const Span piece : pieces(sentence, rules)) {
    std::vector<const Resolved*> inside;
    for (const Resolved* r : here)
      if (r->span.begin >= piece.begin && r->span.begin < piece.end) inside.push_back(r);
    for (std::size_t i = 0; i < inside.size(); ++i) {
      const Resolved& timex = *inside[i];
      const bool last = i + 1 == inside.size();
      const Span segment{i == 0 ? piece.begin : timex.span.begin,
                         last ? piece.end : inside[i + 1]->span.begin};
      ClauseEvent event;
      event.timex = &timex;
      event.paragraph = sentence.paragraph;
      const Span quoted = trim(text_.text, korean ? segment : sentence.span);
      event.quote_span = quoted;
      event.quote = std::string(text_.view(quoted));
      event.scope = event.quote;
      Span before = trim(text_.text, {segment.begin, timex.span.begin});
      Span after = trim(text_.text, {timex.span.end, segment.end});
      std::string after_text(text_.view(after));
      if (const Regex* lead = rules.pattern("lead"))
        if (auto match = lead->find(after_text, 0); match && match->begin() == 0)
          after_text.erase(0, match->end());
      related(event, rules, before);
      const bool duration = timex.timex.type == TimexType::duration;
      const Regex* no_event = rules.pattern("no_event");
      event.make_event = !(no_event != nullptr && no_event->find(after_text, 0)) &&
                         timex.timex.type != TimexType::set;
      status(event, sentence, rules, segment, !last && korean);
      // A length alone makes an event only when it is a plan or a plan given up (당초 6시간).
      if (duration && event.status != "planned" && event.status != "superseded")
        event.make_event = false;
      if (!korean) {
        event.make_event = event.make_event && !duration && !sentence_has_event;
        event.title = clean_title(text_.view(trim(text_.text, sentence.span)), rules);
      } else {
        const Regex* filler = rules.pattern("filler");
        const bool empty_after =
            after_text.empty() || (filler != nullptr && filler->find(after_text, 0));
        std::string title = empty_after ? std::string{} : after_text;
        if (i == 0 && before.size() > 0 && (empty_after || word_count(after_text) < 3))
          title = std::string(text_.view(before)) + (title.empty() ? "" : " " + title);
        event.title_from_context = empty_after;
        event.title = clean_title(title, rules);
        // Nothing around the expression ("2019년 10월 이후 5년 만에"): the quote is the title.
        if (event.title.empty()) event.title = shorten(event.quote, 40);
      }
      sentence_has_event = sentence_has_event || event.make_event;
      people(event, rules);
      out.push_back(std::move(event));
    }
  }
}

}  // namespace

std::vector<ClauseEvent> clause_events(const PreparedText& text,
                                       const std::vector<Resolved>& resolved) {
  std::vector<ClauseEvent> out;
  const Sentences sentences(text);
  for (std::size_t i = 0; i < resolved.size();) {
    std::vector<const Resolved*> here;
    const std::size_t sentence = resolved[i].sentence;
    while (i < resolved.size() && resolved[i].sentence == sentence) here.push_back(&resolved[i++]);
    sentences.add(here, out);
  }
  return out;
}

}  // namespace chronograph::extract_stage
