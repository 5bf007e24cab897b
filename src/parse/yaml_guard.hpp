#pragma once
// Internal: a first pass over the YAML text with yaml-cpp's event parser, building no nodes, that
// checks what YAML::Load cannot: the text is one document with nothing after it, and it keeps
// within the depth and scalar limits (docs/limits.md).
//
// yaml-cpp 0.7's LoadAll loops for ever on a stray ',', ']' or '}' at the top level (the single
// document parser reads it as an empty document without consuming it), so documents are read one
// at a time here and LoadAll is never called.

#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>

namespace chronograph::detail {

struct YamlProblem {
  YAML::Mark mark;  // 0-based, in the text given
  std::string message;
};

struct YamlShape {
  bool empty = false;  // no document at all (only comments, whitespace or directives)
  std::optional<YamlProblem> problem;
};

// "invalid YAML: " and yaml-cpp's message, lower-cased.
[[nodiscard]] std::string yaml_error_message(const YAML::Exception& exception);

// Never throws; a yaml-cpp syntax error comes back as a problem too ("invalid YAML: …").
[[nodiscard]] YamlShape check_yaml_shape(std::string_view body);

}  // namespace chronograph::detail
