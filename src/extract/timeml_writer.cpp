// TimeML out, for evaluation: the text with inline TIMEX3 tags, as TempEval-3 systems write it.

#include <fmt/format.h>

#include "chronograph/extract.hpp"

namespace chronograph {

namespace {

void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

std::string_view type_name(TimexType type) {
  switch (type) {
    case TimexType::date:
      return "DATE";
    case TimexType::time:
      return "TIME";
    case TimexType::duration:
      return "DURATION";
    case TimexType::set:
      return "SET";
  }
  return "DATE";
}

}  // namespace

std::string write_timeml(std::string_view text, const Extraction& extraction) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
  if (!extraction.published.empty()) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" functionInDocument=\"CREATION_TIME\" value=\"";
    escape_into(out, extraction.published.substr(0, 10));
    out += "\">";
    escape_into(out, extraction.published);
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  std::size_t at = 0;
  int tid = 0;
  for (const Timex& timex : extraction.timexes) {
    if (timex.begin < at || timex.end > text.size()) continue;
    escape_into(out, text.substr(at, timex.begin - at));
    out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"", ++tid, type_name(timex.type));
    escape_into(out, timex.value);
    out += '"';
    if (!timex.mod.empty()) {
      out += " mod=\"";
      escape_into(out, timex.mod);
      out += '"';
    }
    out += '>';
    escape_into(out, text.substr(timex.begin, timex.end - timex.begin));
    out += "</TIMEX3>";
    at = timex.end;
  }
  escape_into(out, text.substr(at));
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace chronograph
