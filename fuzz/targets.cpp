#include "targets.hpp"

#include <array>
#include <string>
#include <utility>

#include "chronograph/chronograph.hpp"
#include "chronograph/extract.hpp"

namespace chronograph::fuzz {

bool load_target(std::string_view bytes) {
  const Loaded loaded = load(bytes, "fuzz.yaml");
  static_cast<void>(format_diagnostics(loaded.diagnostics, bytes));
  if (!loaded.has_graph()) return true;
  for (const auto& [view, format] :
       {std::pair{View::timeline, Format::svg}, std::pair{View::storyline, Format::svg},
        std::pair{View::graph, Format::dot}, std::pair{View::timeline, Format::json}}) {
    const Result<std::string> rendered =
        render(*loaded.graph, loaded.report, {.view = view, .format = format});
    static_cast<void>(format_diagnostics(rendered.diagnostics, bytes));
  }
  return true;
}

bool timeml_target(std::string_view bytes) {
  const Result<Document> read = parse_timeml(bytes, "fuzz.tml");
  static_cast<void>(format_diagnostics(read.diagnostics, bytes));
  if (!read.ok()) return true;
  const std::string yaml = emit_yaml(*read.value);
  const Result<Document> reread = parse_document(yaml, "fuzz.yaml");
  if (!reread.ok()) return false;
  const Loaded original = load(bytes, "fuzz.tml");
  const Loaded imported = load(yaml, "fuzz.yaml");
  return original.has_graph() == imported.has_graph() && original.clean() == imported.clean();
}

namespace {

// The verdicts of a read document and of its import as YAML agree.
bool imports_alike(const Result<Document>& read, const Loaded& original) {
  if (!read.ok()) return true;
  const std::string yaml = emit_yaml(*read.value);
  if (!parse_document(yaml, "fuzz.yaml").ok()) return false;
  const Loaded imported = load(yaml, "fuzz.yaml");
  return original.has_graph() == imported.has_graph() && original.clean() == imported.clean();
}

}  // namespace

bool json_target(std::string_view bytes) {
  const Result<Document> read = parse_json(bytes, "fuzz.json");
  static_cast<void>(format_diagnostics(read.diagnostics, bytes));
  return imports_alike(read, load(bytes, "fuzz.json"));
}

bool extract_target(std::string_view bytes) {
  if (bytes.empty()) return true;
  constexpr std::array<const char*, 3> languages{"ko", "en", ""};
  ExtractOptions options;
  options.path = "fuzz.txt";
  options.language = languages[static_cast<unsigned char>(bytes[0]) % languages.size()];
  if (static_cast<unsigned char>(bytes[0]) / languages.size() % 2 == 1)
    options.published = "2024-01-26T19:55+09:00";
  const std::string_view text = bytes.substr(1);
  const Result<Extraction> extracted = extract(text, options);
  static_cast<void>(format_diagnostics(extracted.diagnostics, text));
  if (!extracted.value) return true;
  const std::string draft = write_draft(*extracted.value);
  static_cast<void>(write_timeml(text, *extracted.value));
  return load(draft, "draft.yaml").clean();
}

bool csv_target(std::string_view bytes) {
  if (bytes.empty()) return true;
  const std::string_view text = bytes.substr(1);
  LoadOptions options;
  if (bytes[0] % 2 == 1) {
    const Result<CsvMapping> mapping =
        parse_csv_map("start=b,title=a,participants=c;d,place=e,tags=f,note=g;h", "--map");
    if (!mapping.ok()) return false;
    options.csv_map = *mapping.value;
  }
  const Result<Document> read =
      options.csv_map ? parse_csv(text, "fuzz.csv", *options.csv_map) : parse_csv(text, "fuzz.csv");
  static_cast<void>(format_diagnostics(read.diagnostics, text));
  return imports_alike(read, load(text, "fuzz.csv", options));
}

namespace {

constexpr std::array<std::string_view, 4> zones{"UTC", "Asia/Seoul", "America/New_York", "+05:45"};

bool sound(const Bounds& bounds, std::string_view zone) {
  static_cast<void>(format_instant(bounds.earliest, zone));
  static_cast<void>(format_instant(bounds.latest, zone));
  return !bounds.empty();
}

}  // namespace

bool time_target(std::string_view bytes) {
  if (bytes.empty()) return true;
  const std::string_view zone = zones[static_cast<unsigned char>(bytes[0]) % zones.size()];
  const std::string_view text = bytes.substr(1);
  const TimeParse<TimeSpec> time = parse_time(text, zone);
  if (time.value && !(sound(time.value->start, zone) && sound(time.value->end, zone))) return false;
  if (!time.value && (!time.error || time.error->offset > text.size())) return false;
  const TimeParse<DurationSpec> duration = parse_duration(text);
  if (duration.value) {
    if (duration.value->min < 0 || duration.value->min > duration.value->max) return false;
    static_cast<void>(format_span(duration.value->max, bytes[0] % 2 == 0));
  } else if (!duration.error || duration.error->offset > text.size()) {
    return false;
  }
  return true;
}

}  // namespace chronograph::fuzz
