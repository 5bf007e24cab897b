// The extract stage's entry: prepare the text, tag, resolve against the publication time, draft.

#include "chronograph/extract.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "chronograph/chronograph.hpp"
#include "chronograph/emit.hpp"
#include "chronograph/time.hpp"
#include "extract/draft.hpp"
#include "extract/prepare.hpp"
#include "extract/resolve.hpp"
#include "extract/rules.hpp"
#include "extract/tagger.hpp"

namespace chronograph {

namespace {

using extract_stage::Anchors;
using extract_stage::CivilDate;

// The local date of an instant in a zone.
CivilDate local_date(Seconds instant, std::string_view zone) {
  const std::string text = format_instant(instant, zone);  // "2024-01-26T19:55:00+09:00"
  return {std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2)),
          true};
}

// The zone of the draft: the rules' zone when it has the publication's offset at that instant
// (+09:00 in Korean text is Asia/Seoul), else the offset as written.
std::string draft_zone(const TimeSpec& published, std::string_view language) {
  const extract_stage::LanguageRules* rules = extract_stage::rules_for(language);
  if (rules != nullptr && !rules->zone.empty() &&
      zone_offset(published.start.earliest, rules->zone) ==
          zone_offset(published.start.earliest, published.zone))
    return rules->zone;
  return published.zone.empty() ? "UTC" : published.zone;
}

// A byline's date, the publication time expression it gives, and the offset it names, if any.
struct Byline {
  CivilDate date;
  std::string text;
  std::string zone;
};

// "01.26 19:55" (no year) or "2024.01.26 19:55": the byline's date and time.
std::optional<Byline> byline_time(std::string_view line) {
  std::vector<int> numbers;
  int current = -1;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      current = (current < 0 ? 0 : current * 10) + (c - '0');
      continue;
    }
    if (current >= 0) numbers.push_back(current);
    current = -1;
  }
  if (current >= 0) numbers.push_back(current);
  if (numbers.size() == 4) return Byline{CivilDate{0, numbers[0], numbers[1], false}, "", ""};
  if (numbers.size() == 5 && numbers[0] > 999) {
    const CivilDate date{numbers[0], numbers[1], numbers[2], true};
    return Byline{
        date, fmt::format("{}T{:02}:{:02}", extract_stage::iso_date(date), numbers[3], numbers[4]),
        ""};
  }
  return std::nullopt;
}

// A group the pattern makes digits, as a number.
int number(std::string_view digits) {
  return extract_stage::to_int(digits).value_or(0);
}

// A dateline by the rules' `byline` patterns ("July 20, 2024 6:30 p.m. EDT"); nullopt when the
// line is none or names no real time.
std::optional<Byline> dateline_time(std::string_view line,
                                    const extract_stage::LanguageRules& rules) {
  for (const std::string_view name : {"byline", "byline_day_first"}) {
    const extract_stage::Regex* pattern = rules.pattern(name);
    const std::optional<extract_stage::RegexMatch> match =
        pattern != nullptr ? pattern->find(line, 0) : std::nullopt;
    if (!match) continue;
    const auto group = [&](std::string_view group_name) {
      const int n = pattern->group_number(group_name);
      return n < 0 || !match->has(n) ? std::string_view() : match->text(line, n);
    };
    const std::string_view month = rules.word("months", group("mname"));
    if (month.empty()) continue;
    Byline out{{number(group("year")), number(month), number(group("day")), true}, "", ""};
    out.text = extract_stage::iso_date(out.date);
    if (!group("hour").empty()) {
      int hour = number(group("hour"));
      const std::string_view meridiem = rules.word("meridiems", group("meridiem"));
      if (meridiem == "pm" && hour < 12) hour += 12;
      if (meridiem == "am" && hour == 12) hour = 0;
      out.zone = std::string(rules.word("zone_abbreviations", group("zone")));
      out.text += fmt::format("T{:02}:{}{}", hour, group("minute"), out.zone);
    }
    if (!parse_time(out.text, "UTC").value) continue;  // "February 30", "13:00 p.m."
    return out;
  }
  return std::nullopt;
}

// The paragraph among the first ten (after the headline) that is a dateline of `language`.
std::optional<std::size_t> find_dateline(const extract_stage::PreparedText& text,
                                         std::string_view language) {
  const extract_stage::LanguageRules* rules = extract_stage::rules_for(language);
  if (rules == nullptr) return std::nullopt;
  for (std::size_t i = 1; i < text.paragraphs.size() && i < 10; ++i)
    if (dateline_time(text.view(text.paragraphs[i]), *rules)) return i;
  return std::nullopt;
}

std::string majority_language(const extract_stage::PreparedText& text) {
  std::size_t korean = 0;
  for (const extract_stage::Sentence& sentence : text.sentences)
    if (sentence.language == "ko") korean += sentence.span.size();
  std::size_t all = 0;
  for (const extract_stage::Sentence& sentence : text.sentences) all += sentence.span.size();
  return korean * 2 >= all && all > 0 ? "ko" : "en";
}

SourceRange whole(const ExtractOptions& options) {
  return {options.path, {}, {}};
}

// The publication time: --published, else the byline. Errors only for a bad --published.
bool find_anchors(const extract_stage::PreparedText& text, const ExtractOptions& options,
                  const std::string& language, Anchors& anchors, Diagnostics& diagnostics) {
  if (!options.published.empty()) {
    const TimeParse<TimeSpec> parsed = parse_time(options.published, "UTC");
    if (!parsed.value || parsed.value->precision < Precision::day) {
      diagnostics.push_back(make_error(
          whole(options), "--published '" + options.published + "' is not a date or time: " +
                              (parsed.error ? parsed.error->message : "it needs at least a day")));
      return false;
    }
    anchors.zone = draft_zone(*parsed.value, language);
    anchors.publication = local_date(parsed.value->start.earliest, parsed.value->zone);
    anchors.publication_text = options.published;
  } else if (text.byline) {
    const std::string_view line = text.view(text.paragraphs[*text.byline]);
    const extract_stage::LanguageRules* rules = extract_stage::rules_for(language);
    std::optional<Byline> found = rules != nullptr ? dateline_time(line, *rules) : std::nullopt;
    if (!found) found = byline_time(line);
    if (found) {
      anchors.publication = found->date;
      anchors.publication_text = found->text;
      anchors.zone = !found->zone.empty()                       ? found->zone
                     : rules != nullptr && !rules->zone.empty() ? rules->zone
                                                                : "UTC";
      if (!found->date.year_known)
        diagnostics.push_back(make_warning(
            whole(options), "the byline gives no year; dates are written XXXX (pass --published)"));
      else if (found->zone.empty() && (rules == nullptr || rules->zone.empty()))
        diagnostics.push_back(make_warning(
            whole(options),
            "the byline names no time zone; the draft reads its times as UTC (pass --published "
            "with an offset)"));
    }
  }
  if (!anchors.publication) {
    diagnostics.push_back(
        make_warning(whole(options),
                     "no publication time (--published, or a byline such as '01.26 19:55' or "
                     "'July 20, 2024 18:30'); "
                     "relative expressions stay unresolved"));
    anchors.zone = "UTC";
    return true;
  }
  anchors.narrative = *anchors.publication;
  return true;
}

// The draft checks clean (docs/extract.md), even when the text contradicts itself: a relation it
// drafted that the dates cannot allow ("지난해 1월 이후 10개월 만에" in a story of January 2024) is
// dropped, the last drafted first, and the header says which, for the reader to decide. The
// extract fuzz target found such texts.
void drop_contradicting_relations(Document& draft, YamlComments& review) {
  while (!draft.relations.empty() && !load(emit_yaml(draft), draft.path).clean()) {
    const std::size_t last = draft.relations.size() - 1;
    const RelationDecl& relation = draft.relations[last];
    std::string said = "check: dropped '" + relation.from.value + " " + relation.type.value + " " +
                       relation.to.value;
    if (relation.gap) said += " (gap " + relation.gap->value + ")";
    said += "': the text's dates do not allow it";
    if (const auto note = review.relations.find(last); note != review.relations.end()) {
      said += "; " + note->second;
      review.relations.erase(note);
    }
    review.header.push_back(said);
    draft.relations.pop_back();
  }
}

}  // namespace

Result<Extraction> extract(std::string_view text, const ExtractOptions& options) {
  Result<Extraction> result;
  if (!extract_stage::builtin_rule_diagnostics().empty()) {
    result.diagnostics = extract_stage::builtin_rule_diagnostics();
    return result;
  }
  if (!options.language.empty() && extract_stage::rules_for(options.language) == nullptr) {
    result.diagnostics.push_back(
        make_error(whole(options), "no rules for language '" + options.language + "' (ko, en)"));
    return result;
  }
  Result<extract_stage::PreparedText> prepared =
      extract_stage::prepare_text(text, options.path, options.language);
  result.diagnostics = std::move(prepared.diagnostics);
  if (!prepared.value) return result;
  extract_stage::PreparedText& prep = *prepared.value;
  const std::string language =
      options.language.empty() ? majority_language(prep) : options.language;
  // A dateline is no event to draft, whether or not --published is given.
  if (!prep.byline) prep.byline = find_dateline(prep, language);
  Anchors anchors;
  if (!find_anchors(prep, options, language, anchors, result.diagnostics)) return result;

  const std::vector<extract_stage::Found> found = extract_stage::tag(prep);
  const std::vector<extract_stage::Resolved> resolved =
      extract_stage::resolve_all(prep, found, anchors);
  Extraction extraction;
  extraction.published = anchors.publication_text;
  for (const extract_stage::Resolved& r : resolved) extraction.timexes.push_back(r.timex);
  extract_stage::Draft draft = extract_stage::make_draft({prep, resolved, anchors, options});
  draft.document.source.language = language;
  extraction.draft = std::move(draft.document);
  extraction.review = std::move(draft.comments);
  extraction.review.header.push_back(
      "Draft written by chronograph extract: lines marked 'check:' are guesses to review.");
  drop_contradicting_relations(extraction.draft, extraction.review);
  if (const std::size_t folded = std::count(prep.folded.begin(), prep.folded.end(), true))
    result.diagnostics.push_back(make_note(
        whole(options), std::to_string(folded) + " repeated paragraphs were folded (read once)"));
  if (extraction.timexes.empty()) {
    result.diagnostics.push_back(
        make_note(whole(options), "no temporal expression found; the draft has no dated events"));
    extraction.review.header.push_back("No temporal expression was found in the text.");
  }
  result.value = std::move(extraction);
  return result;
}

std::string write_draft(const Extraction& extraction) {
  return emit_yaml(extraction.draft, extraction.review);
}

}  // namespace chronograph
