// A program built against the installed package, as a user would: find_package + one target.
#include <chronograph/chronograph.hpp>

#include <iostream>

int main() {
  const std::string text =
      "chronograph: 1\nzone: Asia/Seoul\nevents:\n  a: {title: A, when: 2024-01-25 late}\n";
  const chronograph::Loaded loaded = chronograph::load(text, "x.yaml");
  if (!loaded.ok()) return 1;
  const std::string json = chronograph::render_json(*loaded.graph, loaded.report);
  std::cout << (json.find("2024-01-25T18:00:00+09:00") != std::string::npos ? "ok" : "bad") << "\n";
  return json.find("2024-01-25T18:00:00+09:00") != std::string::npos ? 0 : 1;
}
