// docs/format.md is the format's reference: its YAML examples must parse as documented.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "chronograph/document.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

// The ```yaml blocks of a Markdown text that start a file (with `chronograph:`).
std::vector<std::string> yaml_files_in(const std::string& markdown) {
  std::vector<std::string> blocks;
  std::size_t at = 0;
  while ((at = markdown.find("```yaml\n", at)) != std::string::npos) {
    const std::size_t begin = at + 8;
    const std::size_t end = markdown.find("```", begin);
    if (end == std::string::npos) break;
    std::string block = markdown.substr(begin, end - begin);
    if (block.starts_with("chronograph:")) blocks.push_back(std::move(block));
    at = end + 3;
  }
  return blocks;
}

TEST(FormatDoc, CompleteExamplesParse) {
  const std::string doc = testing::slurp(testing::source_dir() / "docs" / "format.md");
  ASSERT_FALSE(doc.empty());
  const std::vector<std::string> files = yaml_files_in(doc);
  ASSERT_EQ(files.size(), 2U);  // the opening sketch and the complete example
  for (const std::string& file : files) {
    const Result<Document> result = parse_document(file, "format.md");
    EXPECT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, file);
  }
  const Result<Document> complete = parse_document(files.back(), "format.md");
  ASSERT_TRUE(complete.ok());
  EXPECT_EQ(complete.value->entities.size(), 7U);
  EXPECT_EQ(complete.value->events.size(), 9U);
  EXPECT_EQ(complete.value->relations.size(), 13U);
}

}  // namespace
}  // namespace chronograph
