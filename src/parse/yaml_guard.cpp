#include "parse/yaml_guard.hpp"

#include <cctype>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "chronograph/limits.hpp"

namespace chronograph::detail {

namespace {

// Thrown by the handler to stop the parser at the first problem; caught below, never escapes.
struct Stop {
  YamlProblem problem;
};

class ShapeHandler final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    if (value.size() > limits::max_scalar_bytes)
      throw Stop{{mark, fmt::format("value longer than {} bytes (see docs/limits.md)",
                                    limits::max_scalar_bytes)}};
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    enter(mark);
  }
  void OnSequenceEnd() override { --depth_; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    enter(mark);
  }
  void OnMapEnd() override { --depth_; }

 private:
  void enter(const YAML::Mark& mark) {
    if (++depth_ > limits::max_yaml_depth)
      throw Stop{{mark, fmt::format("maps and lists nested deeper than {} levels (see "
                                    "docs/limits.md)",
                                    limits::max_yaml_depth)}};
  }

  int depth_ = 0;
};

std::size_t offset_of(std::string_view body, const YAML::Mark& mark) {
  return mark.pos >= 0 ? static_cast<std::size_t>(mark.pos) : body.size();
}

// Stops the parser where a second document would start, before reading any of it.
class SecondDocument final : public YAML::EventHandler {
 public:
  explicit SecondDocument(std::string_view body) : body_(body) {}
  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

 private:
  std::string_view body_;
};

// What follows the first document: another document, or a token that began none.
YamlProblem after_first(std::string_view body, const YAML::Mark& second) {
  const std::string_view rest = body.substr(std::min(offset_of(body, second), body.size()));
  if (rest.starts_with("---") || rest.starts_with("%"))
    return {second, "file holds more than one YAML document; an event file is one document"};
  const unsigned char c = rest.empty() ? 0 : static_cast<unsigned char>(rest.front());
  if (std::isgraph(c) != 0) return {second, fmt::format("invalid YAML: unexpected '{}'", rest[0])};
  return {second, "invalid YAML: unexpected text after the document"};
}

void SecondDocument::OnDocumentStart(const YAML::Mark& mark) {
  throw Stop{after_first(body_, mark)};
}

}  // namespace

std::string yaml_error_message(const YAML::Exception& exception) {
  std::string message = exception.msg;
  if (!message.empty())
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return "invalid YAML: " + message;
}

YamlShape check_yaml_shape(std::string_view body) {
  YamlShape shape;
  std::istringstream in{std::string(body)};
  YAML::Parser parser(in);
  ShapeHandler first;
  SecondDocument second(body);
  try {
    if (!parser.HandleNextDocument(first)) {
      shape.empty = true;
      return shape;
    }
    // Exactly one more call, which stops where that document would start: an endless run of
    // empty documents cannot begin.
    static_cast<void>(parser.HandleNextDocument(second));
  } catch (const Stop& stop) {
    shape.problem = stop.problem;
  } catch (const YAML::Exception& exception) {
    shape.problem = YamlProblem{exception.mark, yaml_error_message(exception)};
  }
  return shape;
}

}  // namespace chronograph::detail
