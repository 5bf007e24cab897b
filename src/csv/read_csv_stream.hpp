#pragma once
// Internal: a CSV table read for the model as it streams past (model/model_stream.hpp).

#include <string_view>

#include "chronograph/csv.hpp"
#include "parse/event_sink.hpp"

namespace chronograph::detail {

// parse_csv (with `mapping`, when not null), handing each row's event to `sink` as it is read,
// and the entities the rows named at the end: the Document returned keeps neither. `whole` is set
// when the file must be read the whole-document way after all (its first zone comes after its
// first row): the result is then incomplete.
Result<Document> parse_csv_streaming(std::string_view text, std::string_view path,
                                     const CsvMapping* mapping, EventSink& sink, bool& whole);

}  // namespace chronograph::detail
