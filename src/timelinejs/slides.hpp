#pragma once
// Internal: TimelineJS slides, as its JSON and its Google Sheet both give them, made into the
// Document: dates into our time expressions, groups into entities (the timeline's lanes), HTML
// text into plain text. docs/formats.md, "TimelineJS3 JSON".

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph::detail::timelinejs {

// One of a date's fields as written, with where (a JSON value or a sheet cell).
struct DateField {
  long long value = 0;
  SourceRange range;
};

// TimelineJS's date: the year, then each finer field only when the coarser ones are there. Years
// are TimelineJS's, with no year 0 (-509 is 509 BCE).
struct SlideDate {
  std::optional<DateField> year, month, day, hour, minute, second;
  SourceRange range;      // the whole date (object, or the sheet's Year cell)
  bool reported = false;  // a field was wrong and said so: the date is not read
};

struct Slide {
  std::optional<Located<std::string>> id;  // unique_id
  std::optional<SlideDate> start;
  std::optional<SlideDate> end;
  std::string headline;  // HTML, as TimelineJS takes it
  std::string text;      // HTML
  std::optional<Located<std::string>> group;
  std::vector<std::string> media;  // url, caption, credit: kept in the note
  SourceRange range;               // the slide (object, or row)
  int number = 0;                  // 1-based among the events, for ids when none is given
};

// TimelineJS's headline and text are HTML: tags out (a <br> or paragraph a line break), the
// character references HTML writes most (&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;, numeric)
// decoded.
[[nodiscard]] std::string html_to_text(std::string_view html);

class SlideBuilder {
 public:
  SlideBuilder(std::string path, Diagnostics& diagnostics);

  void title(const std::string& headline, const std::string& text);
  void add(Slide slide);
  [[nodiscard]] Document finish();

 private:
  std::optional<std::string> date_text(const SlideDate& date);
  std::string unique(std::string base);

  Document document_;
  Diagnostics& diagnostics_;
  std::unordered_set<std::string> used_;
  std::vector<std::pair<std::size_t, Located<std::string>>> groups_;  // event index, group
  std::vector<std::string> slide_ids_;                                // written ids, in order
};

}  // namespace chronograph::detail::timelinejs
