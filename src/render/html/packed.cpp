#include "render/html/packed.hpp"

#include <zlib.h>

#include <boost/archive/iterators/base64_from_binary.hpp>
#include <boost/archive/iterators/transform_width.hpp>

namespace chronograph::detail {

namespace {

std::optional<std::string> deflate(std::string_view text) {
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string out(size, '\0');
  const int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                               reinterpret_cast<const Bytef*>(text.data()),
                               static_cast<uLong>(text.size()), Z_DEFAULT_COMPRESSION);
  if (status != Z_OK) return std::nullopt;
  out.resize(size);
  return out;
}

}  // namespace

std::string base64(std::string_view bytes) {
  using namespace boost::archive::iterators;
  using Encoder = base64_from_binary<transform_width<std::string_view::const_iterator, 6, 8>>;
  std::string out(Encoder(bytes.begin()), Encoder(bytes.end()));
  out.append((3 - bytes.size() % 3) % 3, '=');  // the iterators leave the padding out
  return out;
}

std::optional<std::string> deflate_base64(std::string_view text) {
  std::optional<std::string> bytes = deflate(text);
  if (!bytes) return std::nullopt;
  return base64(*bytes);
}

}  // namespace chronograph::detail
