#pragma once
// Internal: the rule files of src/extract/rules/, compiled into the library by
// cmake/EmbedRules.cmake so that no data directory has to be found at run time.

#include <string_view>
#include <vector>

namespace chronograph::extract_stage {

struct RuleFile {
  std::string_view language;  // the file's name without .yaml: "ko", "en"
  std::string_view text;      // its YAML
};

[[nodiscard]] std::vector<RuleFile> embedded_rules();

}  // namespace chronograph::extract_stage
