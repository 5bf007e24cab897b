#pragma once
// TimeML 1.2.1 import (the dialect of the TempEval-3 corpora) into the parse stage's Document, so
// the model and reasoning stages check a .tml file the same way as an event file. See
// docs/timeml.md.

#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph {

struct TimemlOptions {
  // Translate TIMEX3 values of type DATE and TIME into `when` expressions. Off by default: the
  // TLINKs alone are then checked; anchoring adds calendar facts and so surfaces more conflicts.
  bool anchor_timex = false;
};

// One chronograph event per MAKEINSTANCE (id = eiid) and per TIMEX3 (id = tid; an id chronograph
// would reject is renamed, the original kept in the note), one relation per TLINK (origin = lid).
// Text that is not UTF-8 is an error at its first bad byte. Malformed XML, unknown relTypes and
// dangling TLINK ends are errors at their line:col in `path`; skipped MAKEINSTANCEs and
// untranslatable values are warnings.
[[nodiscard]] Result<Document> parse_timeml(std::string_view text, std::string_view path,
                                            const TimemlOptions& options = {});

}  // namespace chronograph
