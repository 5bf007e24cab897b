# Every library comes from a Debian 12 package listed in tools/debian-packages.txt.
find_package(Boost 1.74 REQUIRED)
find_package(date REQUIRED)
find_package(fmt REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(pugixml REQUIRED)
# Event JSON import: simdjson's On-Demand API reads a .json file front to back (src/json/).
find_package(simdjson REQUIRED)
find_package(CLI11 QUIET)
if(NOT TARGET CLI11::CLI11)
  # Debian's libcli11-dev ships the headers without a CMake package.
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(graphviz REQUIRED IMPORTED_TARGET libgvc libcgraph)
# PNG and PDF: librsvg draws the view's own SVG onto a cairo surface (src/render/raster/).
pkg_check_modules(raster REQUIRED IMPORTED_TARGET librsvg-2.0 cairo cairo-pdf cairo-png)
# FontTextMeasure: fontconfig resolves the SVGs' font stack, FreeType opens the fonts, HarfBuzz
# gives the advances in the page's language. Debian's harfbuzz-config.cmake defines its targets
# unguarded, so it is looked for once.
find_package(Freetype REQUIRED)
find_package(Fontconfig REQUIRED)
if(NOT TARGET harfbuzz::harfbuzz)
  find_package(harfbuzz REQUIRED)
endif()
# extract: ICU normalises to NFC (with a byte map back), splits sentences and romanises names for
# ids; PCRE2 runs the rule files; hunspell (with the hunspell-ko dictionary) stems words.
find_package(ICU REQUIRED COMPONENTS uc i18n)
pkg_check_modules(pcre2 REQUIRED IMPORTED_TARGET libpcre2-8)
pkg_check_modules(hunspell REQUIRED IMPORTED_TARGET hunspell)
# iCalendar export: libical builds the VCALENDAR (its text escaping, line folding and VTIMEZONEs).
pkg_check_modules(ICAL REQUIRED IMPORTED_TARGET libical)
# The HTML page of a thinned timeline carries its data deflated; the browser inflates it
# (DecompressionStream), so the page stays a few MB at a million events (docs/html.md).
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)
find_package(benchmark QUIET)

set(CHRONOGRAPH_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wno-missing-field-initializers)
# GCC 12 reports std::string assignments of short literals as overlapping memcpy once enough is
# inlined around them (GCC bug 105329, fixed in 13); the warning is noise there, not a finding.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND CHRONOGRAPH_WARNINGS -Wno-restrict)
endif()
