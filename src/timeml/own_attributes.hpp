#pragma once
// Internal: the names TimeML export and import share — chronograph's own attributes (in its XML
// namespace, docs/timeml.md "Writing TimeML") and the tags and notes the importer gives the events
// it makes, which the writer reads back.

#include <array>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace chronograph::detail::timeml {

// The namespace of the attributes that carry what TimeML cannot say (exact times, our relation
// types, gaps), so that a document chronograph wrote reads back to the same bounds.
inline constexpr std::string_view namespace_uri = "urn:chronograph:timeml:1";
inline constexpr std::string_view written_prefix = "cg";

// Attribute local names, on the root (zone, calendar, language, url), on MAKEINSTANCE and TIMEX3
// (when, end, duration, calendar, status), on TLINK (type, gap) and on what the writer derived for
// other TimeML readers only (derived).
inline constexpr std::string_view zone_name = "zone";
inline constexpr std::string_view calendar_name = "calendar";
inline constexpr std::string_view language_name = "language";
inline constexpr std::string_view url_name = "url";
inline constexpr std::string_view when_name = "when";
inline constexpr std::string_view end_name = "end";
inline constexpr std::string_view duration_name = "duration";
inline constexpr std::string_view status_name = "status";
inline constexpr std::string_view type_name = "type";
inline constexpr std::string_view gap_name = "gap";
inline constexpr std::string_view derived_name = "derived";
// The element of a relation TimeML has no sound relType for (overlaps, causes): the attributes of
// a TLINK, the type in our `type`; other TimeML readers skip an element of a foreign namespace.
inline constexpr std::string_view relation_element = "TLINK";

// What the importer tags its events with, and the note of a TIMEX3 event.
inline constexpr std::string_view timex_tag = "timex";
inline constexpr std::string_view event_tag = "event";
inline constexpr std::string_view creation_time_tag = "creation-time";
inline constexpr std::string_view timex_type_tag = "type:";
inline constexpr std::string_view timex_mod_tag = "mod:";
struct InstanceTag {
  const char* attribute;  // of the MAKEINSTANCE or its EVENT
  std::string_view tag;   // the tag's prefix, the value after it
};
inline constexpr std::array<InstanceTag, 3> instance_tags{
    {{"class", "class:"}, {"tense", "tense:"}, {"aspect", "aspect:"}}};
inline constexpr std::string_view timex_note = "TIMEX3 value=";

// chronograph's attributes of one document: the prefix its root binds namespace_uri to, if any
// (the writer declares it on the root; a declaration elsewhere is not looked for).
class OwnAttributes {
 public:
  explicit OwnAttributes(const pugi::xml_node& root) {
    for (const pugi::xml_attribute& attribute : root.attributes()) {
      const std::string_view name = attribute.name();
      if (name.starts_with("xmlns:") && attribute.value() == namespace_uri) {
        prefix_ = std::string(name.substr(6)) + ':';
        return;
      }
    }
  }

  // Whether chronograph wrote the document (the root declares the namespace).
  [[nodiscard]] bool present() const { return !prefix_.empty(); }
  // `local` as the document writes it ("cg:when"); empty when the namespace is not declared.
  [[nodiscard]] std::string name(std::string_view local) const {
    return present() ? prefix_ + std::string(local) : std::string{};
  }
  [[nodiscard]] pugi::xml_attribute get(const pugi::xml_node& node, std::string_view local) const {
    return present() ? node.attribute(name(local).c_str()) : pugi::xml_attribute{};
  }
  [[nodiscard]] bool is(const pugi::xml_node& node, std::string_view local) const {
    return present() && name(local) == node.name();
  }

 private:
  std::string prefix_;  // with its ':'
};

}  // namespace chronograph::detail::timeml
