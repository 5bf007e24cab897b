#pragma once
// Internal: event JSON read for the model as it streams past (model/model_stream.hpp).

#include <string_view>

#include "chronograph/document.hpp"
#include "parse/event_sink.hpp"

namespace chronograph::detail {

// parse_json, handing the settings and entities, then each event and each written relation as it
// is read, to `sink`: the Document returned keeps none of them. `whole` is set when the file must
// be read the whole-document way after all (the export's roles on its implied participant relations
// belong to events already handed over): the result is then incomplete.
Result<Document> parse_json_streaming(std::string_view text, std::string_view path, EventSink& sink,
                                      bool& whole);

}  // namespace chronograph::detail
