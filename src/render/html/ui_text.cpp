#include "render/html/ui_text.hpp"

#include <array>
#include <cstddef>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

namespace {

struct UiString {
  Ui key;
  std::string_view name;  // the script's key
  std::string_view en;
  std::string_view ko;
};

// The field names match the hover texts' (src/render/common/event_text.cpp), so a reader sees the
// same word in a tooltip and in the panel.
constexpr std::array strings{
    UiString{Ui::search, "search", "Search events", "사건 검색"},
    UiString{Ui::search_count, "search_count", "{direct} matching, {related} by participant",
             "일치 {direct}건, 참여자로 {related}건"},
    UiString{Ui::zoom_in, "zoom_in", "Zoom in", "확대"},
    UiString{Ui::zoom_out, "zoom_out", "Zoom out", "축소"},
    UiString{Ui::fit, "fit", "Fit", "맞춤"},
    UiString{Ui::close, "close", "Close", "닫기"},
    UiString{Ui::details, "details", "Details", "자세히"},
    UiString{Ui::id, "id", "id", "ID"},
    UiString{Ui::status, "status", "status", "상태"},
    UiString{Ui::as_written, "as_written", "as written", "원문"},
    UiString{Ui::time, "time", "time", "시각"},
    UiString{Ui::start, "start", "start", "시작"},
    UiString{Ui::end, "end", "end", "끝"},
    UiString{Ui::participants, "participants", "participants", "참여"},
    UiString{Ui::place, "place", "place", "장소"},
    UiString{Ui::source, "source", "source", "출처"},
    UiString{Ui::note, "note", "note", "메모"},
    UiString{Ui::tags, "tags", "tags", "태그"},
    UiString{Ui::kind, "kind", "kind", "종류"},
    UiString{Ui::role, "role", "role", "역할"},
    UiString{Ui::affiliation, "affiliation", "affiliation", "소속"},
    UiString{Ui::members, "members", "members", "구성원"},
    UiString{Ui::events, "events", "events", "사건"},
    UiString{Ui::lane, "lane", "lane", "줄"},
    UiString{Ui::on_axis, "on_axis", "on the axis", "축 위치"},
    UiString{Ui::folded, "folded",
             "drawn in a density band: this page carries its title, lane and place on the axis; "
             "the JSON export has the whole record",
             "밀도 띠에 포함된 사건: 이 페이지에는 제목, 줄, 축 위치만 있습니다. 전체 기록은 JSON "
             "내보내기에 있습니다"},
    UiString{Ui::index_only, "index_only",
             "not drawn one by one on this page, which carries its id and title; the JSON export "
             "has the whole record",
             "이 페이지에 하나씩 그려지지 않은 사건: 이 페이지에는 ID와 제목만 있습니다. 전체 "
             "기록은 JSON 내보내기에 있습니다"},
    UiString{Ui::more_results, "more_results", "{count} more; type more to narrow",
             "외 {count}건: 검색어를 더 입력하세요"},
    UiString{Ui::titles_cut, "titles_cut",
             "to stay small, this page keeps only the first {count} characters of such titles",
             "페이지를 작게 유지하려고 이런 제목은 처음 {count}자만 담았습니다"},
    UiString{Ui::titles_dropped, "titles_dropped",
             "not drawn one by one; to stay small, this page carries no title for such events: "
             "search them by id; the JSON export has the whole record",
             "하나씩 그려지지 않은 사건: 페이지를 작게 유지하려고 제목을 담지 않았습니다. ID로 "
             "검색하세요. 전체 기록은 JSON 내보내기에 있습니다"},
    UiString{Ui::needs_script, "needs_script",
             "This page draws its events with JavaScript, which is off here; the SVG export "
             "(chronograph render --format svg) is the same picture without it.",
             "이 페이지는 자바스크립트로 사건을 그리는데, 지금 꺼져 있습니다. SVG 내보내기"
             "(chronograph render --format svg)는 자바스크립트 없이 같은 그림을 보여 줍니다."},
    UiString{Ui::kind_person, "kind_person", "person", "인물"},
    UiString{Ui::kind_organization, "kind_organization", "organization", "조직"},
    UiString{Ui::kind_place, "kind_place", "place", "장소"},
    UiString{Ui::kind_product, "kind_product", "product", "제품"},
    UiString{Ui::kind_other, "kind_other", "other", "기타"},
};

// The table is indexed by the enum: each entry must sit at its key's place.
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < strings.size(); ++i)
    if (static_cast<std::size_t>(strings[i].key) != i) return false;
  return true;
}
static_assert(in_enum_order());
static_assert(strings.size() == static_cast<std::size_t>(Ui::kind_other) + 1);
static_assert(static_cast<std::size_t>(Ui::kind_other) -
                  static_cast<std::size_t>(Ui::kind_person) ==
              static_cast<std::size_t>(EntityKind::other));

}  // namespace

std::string_view ui_text(Ui key, Language language) {
  const UiString& entry = strings[static_cast<std::size_t>(key)];
  return language == Language::ko ? entry.ko : entry.en;
}

std::string_view kind_text(EntityKind kind, Language language) {
  return ui_text(
      static_cast<Ui>(static_cast<std::size_t>(Ui::kind_person) + static_cast<std::size_t>(kind)),
      language);
}

nlohmann::ordered_json ui_strings(Language language) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const UiString& entry : strings) out[std::string(entry.name)] = ui_text(entry.key, language);
  // Statuses are named where the legends name them.
  for (std::size_t i = 0; i < event_status_names().size(); ++i) {
    const auto status = static_cast<EventStatus>(i);
    out["status_" + std::string(event_status_names()[i])] = status_text(status, language);
  }
  return out;
}

}  // namespace chronograph::detail
