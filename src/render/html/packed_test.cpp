#include "render/html/packed.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <boost/archive/iterators/binary_from_base64.hpp>
#include <boost/archive/iterators/transform_width.hpp>
#include <string>

namespace chronograph {
namespace {

// Base64 back to bytes with Boost's decoder (the padding removed first, as it wants).
std::string unbase64(std::string text) {
  using namespace boost::archive::iterators;
  using Decoder = transform_width<binary_from_base64<std::string::const_iterator>, 8, 6>;
  const std::size_t padding = text.size() - text.find_last_not_of('=') - 1;
  text.resize(text.size() - padding);
  std::string out(Decoder(text.cbegin()), Decoder(text.cend()));
  out.resize(text.size() * 3 / 4);
  return out;
}

std::string inflate(const std::string& bytes, std::size_t size) {
  std::string out(size, '\0');
  uLongf length = static_cast<uLongf>(size);
  EXPECT_EQ(
      uncompress(reinterpret_cast<Bytef*>(out.data()), &length,
                 reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size())),
      Z_OK);
  out.resize(length);
  return out;
}

TEST(Base64, Rfc4648Vectors) {
  EXPECT_EQ(detail::base64(""), "");
  EXPECT_EQ(detail::base64("f"), "Zg==");
  EXPECT_EQ(detail::base64("fo"), "Zm8=");
  EXPECT_EQ(detail::base64("foo"), "Zm9v");
  EXPECT_EQ(detail::base64("foob"), "Zm9vYg==");
  EXPECT_EQ(detail::base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(detail::base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(detail::base64(std::string("\xFB\xFF", 2)), "+/8=");
}

TEST(DeflateBase64, InflatesBackToTheTextAndCannotEndAScriptElement) {
  std::string text = "{\"title\":\"서울 </script> \\u2028\"}";
  for (int i = 0; i < 2000; ++i) text += "{\"id\":\"e" + std::to_string(i) + "\",\"lane\":3},";
  const std::optional<std::string> packed = detail::deflate_base64(text);
  ASSERT_TRUE(packed);
  EXPECT_LT(packed->size(), text.size() / 2);
  EXPECT_EQ(packed->size() % 4, 0U);
  EXPECT_EQ(packed->find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
            std::string::npos);
  EXPECT_EQ(inflate(unbase64(*packed), text.size()), text);
}

}  // namespace
}  // namespace chronograph
