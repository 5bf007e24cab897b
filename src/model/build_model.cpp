// Model stage entry: resolves a parsed Document into an EventGraph (model/model_builder.cpp).

#include <exception>
#include <string>

#include "chronograph/graph.hpp"
#include "model/model_builder.hpp"

namespace chronograph {

namespace {

Result<EventGraph> build(const Document& document, Document* owned) {
  try {
    return detail::ModelBuilder(document, owned).build();
  } catch (const std::exception& failure) {
    // Out of memory and the like (Boost.Graph and the containers allocate): reported, not thrown.
    Result<EventGraph> result;
    result.diagnostics.push_back(detail::model_stage_failed(document.path, failure));
    return result;
  }
}

}  // namespace

Result<EventGraph> build_model(const Document& document) {
  return build(document, nullptr);
}

Result<EventGraph> build_model(Document&& document) {
  return build(document, &document);
}

}  // namespace chronograph
