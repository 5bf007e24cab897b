// The extract stage's entry: prepare the text, tag, resolve against the publication time, draft.

#include "chronograph/extract.hpp"

#include <algorithm>

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

// "01.26 19:55" (no year) or "2024.01.26 19:55": the byline's date and time.
std::optional<std::pair<CivilDate, std::string>> byline_time(std::string_view line) {
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
  if (numbers.size() == 4) return std::pair{CivilDate{0, numbers[0], numbers[1], false}, ""};
  if (numbers.size() == 5 && numbers[0] > 999)
    return std::pair{CivilDate{numbers[0], numbers[1], numbers[2], true},
                     std::to_string(numbers[0]) + "-" + (numbers[1] < 10 ? "0" : "") +
                         std::to_string(numbers[1]) + "-" + (numbers[2] < 10 ? "0" : "") +
                         std::to_string(numbers[2]) + "T" + (numbers[3] < 10 ? "0" : "") +
                         std::to_string(numbers[3]) + ":" + (numbers[4] < 10 ? "0" : "") +
                         std::to_string(numbers[4])};
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
    const auto found = byline_time(text.view(text.paragraphs[*text.byline]));
    if (found) {
      anchors.publication = found->first;
      anchors.publication_text = found->second;
      const extract_stage::LanguageRules* rules = extract_stage::rules_for(language);
      anchors.zone = rules != nullptr && !rules->zone.empty() ? rules->zone : "UTC";
      if (!found->first.year_known)
        diagnostics.push_back(make_warning(
            whole(options), "the byline gives no year; dates are written XXXX (pass --published)"));
    }
  }
  if (!anchors.publication) {
    diagnostics.push_back(
        make_warning(whole(options),
                     "no publication time (--published, or a byline such as '01.26 19:55'); "
                     "relative expressions stay unresolved"));
    anchors.zone = "UTC";
    return true;
  }
  anchors.narrative = *anchors.publication;
  return true;
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
  const extract_stage::PreparedText& prep = *prepared.value;
  const std::string language =
      options.language.empty() ? majority_language(prep) : options.language;
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
